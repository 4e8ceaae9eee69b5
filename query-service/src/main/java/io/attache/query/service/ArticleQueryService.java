package io.attache.query.service;

import io.attache.query.article.ArticleRecord;
import io.attache.query.mapping.ArticleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ArticleQueryService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArticleView> find(String id) {
        return ArticleRecord.<ArticleRecord>findByIdOptional(id).map(a -> new ArticleView(a.id, a.url, a.title,
                a.publisher, a.publishedAt, a.language, a.status, a.failureReason, a.receivedAt, a.processedAt, a.text,
                List.of(), List.of(), List.of()));
    }
}
