package io.attache.extraction;

import io.attache.extraction.agreements.AgreementExtractor;
import io.attache.extraction.dates.Dateline;
import io.attache.extraction.events.EventExtractor;
import io.attache.extraction.gazetteer.Annotations;
import io.attache.extraction.model.ArticleInput;
import io.attache.extraction.model.CountryMention;
import io.attache.extraction.model.ExtractedAgreement;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.ExtractedOfficial;
import io.attache.extraction.model.ExtractedOrganization;
import io.attache.extraction.model.ExtractionResult;
import io.attache.extraction.model.Span;
import io.attache.extraction.officials.OfficialDraft;
import io.attache.extraction.officials.OfficialExtractor;
import io.attache.extraction.orgs.OrganizationExtractor;
import io.attache.extraction.text.Doc;
import io.attache.extraction.topics.TopicExtractor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule-based engine: tokenise and split sentences, annotate with gazetteers, then find officials, organisations,
 * events, agreements and topics in that order (each step reads what the earlier ones found). Stateless and thread-safe;
 * gazetteers are loaded once per class loader.
 */
final class RuleBasedExtractor implements Extractor {

    @Override
    public ExtractionResult extract(ArticleInput article) {
        String text = article.text() == null ? "" : article.text();
        Doc doc = new Doc(text);
        if (doc.size() == 0) {
            return new ExtractionResult(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Annotations ann = new Annotations(doc);
        Dateline dateline = Dateline.find(doc, article.publishedAt());
        List<OfficialDraft> officials = OfficialExtractor.extract(doc, ann,
                dateline == null ? null : dateline.city().country());
        List<ExtractedOrganization> orgs = OrganizationExtractor.extract(doc, ann, officials);
        List<String> topics = TopicExtractor.extract(doc);
        EventExtractor.Result events = EventExtractor.extract(doc, ann, officials, topics, article.publishedAt(),
                dateline);
        List<ExtractedAgreement> agreements = AgreementExtractor.extract(doc, ann, officials, events,
                article.publishedAt());
        events.assignRoles(officials); // signatories are known only now
        List<ExtractedEvent> finalEvents = events.freeze(agreements);
        List<ExtractedOfficial> frozen = new ArrayList<>(officials.size());
        for (OfficialDraft d : officials) {
            frozen.add(d.freeze());
        }
        return new ExtractionResult(frozen, orgs, countries(doc, ann), finalEvents, agreements, topics);
    }

    private static List<CountryMention> countries(Doc doc, Annotations ann) {
        Map<String, List<Span>> byCode = new LinkedHashMap<>();
        for (Annotations.CountryRef c : ann.countries) {
            byCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(doc.spanTokens(c.start(), c.end()));
        }
        List<CountryMention> out = new ArrayList<>();
        byCode.forEach((code, spans) -> out.add(new CountryMention(code, List.copyOf(spans))));
        return out;
    }
}
