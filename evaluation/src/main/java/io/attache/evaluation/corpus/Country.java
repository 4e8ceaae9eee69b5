package io.attache.evaluation.corpus;

import java.util.List;

/**
 * A country as the generator writes about it.
 *
 * @param code      ISO alpha-2
 * @param name      name as printed mid-sentence ("the Philippines", "Viet Nam")
 * @param adjective "Philippine", "Vietnamese"
 * @param capital   capital city
 * @param style     name style of its officials
 * @param families  family names
 * @param givens    given names (for VIETNAMESE: final given names)
 * @param middles   middle names (VIETNAMESE, CHINESE second syllable, optional for WESTERN)
 */
record Country(String code, String name, String adjective, String capital, NameStyle style, List<String> families,
        List<String> givens, List<String> middles) {

    static List<String> l(String csv) {
        return List.of(csv.split("\\s*,\\s*"));
    }

    /** "The Philippines" at the start of a sentence. */
    String nameCap() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static final List<Country> ALL = List.of(
            new Country("VN", "Viet Nam", "Vietnamese", "Hanoi", NameStyle.VIETNAMESE,
                    l("Nguyễn, Trần, Lê, Phạm, Hoàng, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Phan, Võ, Trịnh, Đinh"),
                    l("Bình, Cường, Dũng, Hải, Hùng, Khánh, Phong, Quang, Sơn, Thắng, Tuấn, Lan, Hương, Đạt, Định, Hiếu, Toàn, Trung"),
                    l("Văn, Minh, Đức, Quốc, Hữu, Xuân, Thanh, Hồng, Ngọc, Tiến, Công")),
            new Country("JP", "Japan", "Japanese", "Tokyo", NameStyle.JAPANESE,
                    l("Sato, Takahashi, Watanabe, Yamamoto, Nakamura, Kobayashi, Saito, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Ikeda, Hashimoto, Ishikawa, Ogawa, Fujita, Okada, Hasegawa, Murakami, Sakamoto, Aoki, Nishimura, Fukuda"),
                    l("Hiroshi, Takeshi, Kenji, Daisuke, Makoto, Naoki, Satoshi, Yuji, Akira, Haruka, Yumiko, Keiko, Tomoko, Shinji, Masato, Ryota, Kazuya, Tetsuya"),
                    List.of()),
            new Country("KR", "the Republic of Korea", "South Korean", "Seoul", NameStyle.KOREAN,
                    l("Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song"),
                    l("Min-jun, Seo-yeon, Ji-ho, Hyun-woo, Jae-sung, Young-ho, Sang-min, Eun-ji, Dong-hyun, Kyung-soo, Sung-hoon, Hye-jin"),
                    List.of()),
            new Country("IN", "India", "Indian", "New Delhi", NameStyle.WESTERN,
                    l("Sharma, Verma, Iyer, Menon, Reddy, Nair, Rao, Gupta, Mehta, Kulkarni, Chauhan, Bhatt, Pillai, Joshi, Malhotra"),
                    l("Rajesh, Anil, Sanjay, Vikram, Arvind, Sunil, Priya, Meera, Deepak, Rakesh, Nitin, Kavita, Suresh, Ashok"),
                    l("Kumar, Prakash, Chandra")),
            new Country("PH", "the Philippines", "Philippine", "Manila", NameStyle.WESTERN,
                    l("Santos, Reyes, Cruz, Bautista, Villanueva, Mendoza, Dizon, Manalo, Castillo, Salazar, Pascual, Ocampo"),
                    l("Jose, Maria, Antonio, Ramon, Eduardo, Carmelita, Gilberto, Teresita, Rodolfo, Ernesto, Lourdes"),
                    List.of()),
            new Country("AU", "Australia", "Australian", "Canberra", NameStyle.WESTERN,
                    l("Whitfield, Caldwell, Harrington, Fletcher, Sinclair, Lawson, Prescott, Donnelly, Ashworth, Kendall, Mercer"),
                    l("Michael, Sarah, David, Emily, James, Rachel, Thomas, Catherine, Andrew, Laura"),
                    List.of()),
            new Country("US", "the United States", "U.S.", "Washington", NameStyle.WESTERN,
                    l("Holloway, Thornton, Radcliffe, Brennan, Gallagher, Whitaker, Sullivan, Pearson, Dawson, Lockhart, Kessler"),
                    l("Robert, Jennifer, William, Elizabeth, Christopher, Megan, Jonathan, Rebecca, Gregory, Allison"),
                    List.of()),
            new Country("GB", "the United Kingdom", "British", "London", NameStyle.WESTERN,
                    l("Pemberton, Hartley, Ellison, Cartwright, Blackwood, Wexford, Ainsworth, Fairbairn, Lyle, Marsden"),
                    l("Oliver, Charlotte, Henry, Victoria, Edward, Eleanor, George, Imogen, Rupert, Alice"),
                    List.of()),
            new Country("FR", "France", "French", "Paris", NameStyle.WESTERN,
                    l("Lefèvre, Moreau, Girard, Dubois, Fontaine, Chevalier, Rousseau, Mercier, Lambert, Bonnet"),
                    l("Claire, Antoine, Julien, Camille, Mathieu, Élodie, Olivier, Hélène, François"),
                    List.of()),
            new Country("DE", "Germany", "German", "Berlin", NameStyle.WESTERN,
                    l("Schröder, Becker, Hoffmann, Krüger, Wagner, Schäfer, Zimmermann, Vogel, Brandt"),
                    l("Jürgen, Katrin, Stefan, Anja, Matthias, Sabine, Tobias, Ulrike"),
                    List.of()),
            new Country("ID", "Indonesia", "Indonesian", "Jakarta", NameStyle.WESTERN,
                    l("Santoso, Wijaya, Pratama, Kusuma, Hidayat, Nugroho, Setiawan, Saputra, Gunawan"),
                    l("Budi, Agus, Dewi, Hendra, Bambang, Rizal, Siti, Wahyu, Eko, Indra"),
                    List.of()),
            new Country("MY", "Malaysia", "Malaysian", "Kuala Lumpur", NameStyle.WESTERN,
                    l("Ismail, Hassan, Rahman, Abdullah, Yusof, Osman, Hamid, Kamaruddin"),
                    l("Azlan, Hafiz, Nurul, Faridah, Zulkifli, Rosli, Shahrul, Aminah"),
                    List.of()),
            new Country("SG", "Singapore", "Singaporean", "Singapore", NameStyle.CHINESE,
                    l("Tan, Ng, Goh, Chua, Ong, Teo, Koh, Yeo"),
                    l("Wei, Kok, Hui, Boon, Siew, Chee, Meng, Li"),
                    l("Ming, Leong, Min, Huat, Ling, Keong, Hock, Wen")),
            new Country("TH", "Thailand", "Thai", "Bangkok", NameStyle.GIVEN_REF,
                    l("Wongsakul, Srisuk, Chaiyaporn, Phromma, Boonmee, Rattanakorn, Thongdee, Kaewmanee"),
                    l("Somchai, Anan, Prasert, Suchart, Kittipong, Wanida, Nattapong, Chaiwat, Pornthip"),
                    List.of()),
            new Country("NZ", "New Zealand", "New Zealand", "Wellington", NameStyle.WESTERN,
                    l("Macintyre, Rowntree, Galbraith, Haddon, Tremaine, Ferris, Waddell"),
                    l("Aroha, Liam, Grace, Nathan, Holly, Callum, Ruth"),
                    List.of()),
            new Country("CA", "Canada", "Canadian", "Ottawa", NameStyle.WESTERN,
                    l("Tremblay, Gagnon, MacLeod, Bouchard, Fraser, Cormier, Lapointe"),
                    l("Marc, Isabelle, Kevin, Nathalie, Steven, Geneviève, Patrick"),
                    List.of()),
            new Country("IT", "Italy", "Italian", "Rome", NameStyle.WESTERN,
                    l("Bianchi, Romano, Colombo, Ricci, Marino, Greco, Conti, Ferraro"),
                    l("Marco, Giulia, Luca, Francesca, Alessandro, Chiara, Stefano"),
                    List.of()),
            new Country("PL", "Poland", "Polish", "Warsaw", NameStyle.WESTERN,
                    l("Nowak, Kowalczyk, Wiśniewski, Wójcik, Kamiński, Zieliński, Szymański, Dąbrowski, Michałowski"),
                    l("Tomasz, Katarzyna, Piotr, Agnieszka, Marek, Magdalena, Paweł"),
                    List.of()),
            new Country("NL", "the Netherlands", "Dutch", "The Hague", NameStyle.WESTERN,
                    l("Jansen, Bakker, Visser, Smit, Meijer, Mulder, Bos, Dekker"),
                    l("Jan, Sanne, Pieter, Femke, Willem, Lotte, Maarten"),
                    List.of()),
            new Country("SE", "Sweden", "Swedish", "Stockholm", NameStyle.WESTERN,
                    l("Lindqvist, Bergström, Johansson, Nyström, Holmberg, Sandberg, Ekström"),
                    l("Erik, Anna, Lars, Karin, Johan, Ingrid, Magnus"),
                    List.of()),
            new Country("LA", "Laos", "Lao", "Vientiane", NameStyle.GIVEN_REF,
                    l("Sisavath, Phommachanh, Vongsay, Keomany, Inthavong, Sayavong"),
                    l("Khamphone, Bounthavy, Somphet, Vilay, Phonesavanh, Souksavanh, Thongsavanh"),
                    List.of()),
            new Country("KH", "Cambodia", "Cambodian", "Phnom Penh", NameStyle.KHMER,
                    l("Sok, Chea, Keo, Meas, Prak, Tep, Ouk, Sam"),
                    l("Sophal, Vanna, Dara, Rithy, Chanthou, Sokha, Vuthy, Pisey"),
                    List.of()),
            new Country("BR", "Brazil", "Brazilian", "Brasília", NameStyle.WESTERN,
                    l("Almeida, Carvalho, Ribeiro, Barbosa, Araújo, Teixeira, Moreira"),
                    l("João, Ana, Paulo, Fernanda, Ricardo, Beatriz, Thiago"),
                    List.of()),
            new Country("ES", "Spain", "Spanish", "Madrid", NameStyle.WESTERN,
                    l("Morales, Ortega, Herrera, Medina, Iglesias, Vidal, Serrano"),
                    l("Javier, Lucía, Carlos, Marta, Alejandro, Elena, Sergio"),
                    List.of()));

    static Country byCode(String code) {
        for (Country c : ALL) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
