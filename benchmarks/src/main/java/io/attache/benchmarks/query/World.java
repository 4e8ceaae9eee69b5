package io.attache.benchmarks.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary of the synthetic store: countries (with how much news they make, their cities, organisations and
 * naming culture), name pools per culture, posts, ranks, event kinds, agreement kinds and subjects. Plain data; the
 * {@link Dataset} draws from it with a seeded random generator.
 */
final class World {
    private World() {
    }

    /** How a culture prints a person's name. */
    enum Order {
        /** family name first: Vietnamese, Chinese, Korean, Japanese (as the store displays it), Cambodian */
        FAMILY_FIRST,
        /** given name(s) first */
        GIVEN_FIRST,
        /** one name, or a given name and a patronymic-like second name (Indonesian, Burmese) */
        SINGLE
    }

    record Culture(String code, Order order, String[] family, String[] middle, double middleShare, String[] given) {
        /** With generated pools appended (composed from syllables, as the real ones are). */
        Culture(String code, Order order, String[] family, String[] moreFamily, double unused, String[] given,
                String[] moreGiven) {
            this(code, order, concat(family, moreFamily), new String[0], 0, concat(given, moreGiven));
        }
    }

    static String[] combine(String[] heads, String[] tails) {
        List<String> out = new ArrayList<>();
        for (String h : heads) {
            for (String t : tails) {
                out.add(h + t);
            }
        }
        return out.toArray(String[]::new);
    }

    static String[] concat(String[] a, String[] b) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(List.of(a));
        out.addAll(List.of(b));
        return out.toArray(String[]::new);
    }

    record Country(String code, String name, String adjective, double weight, Culture culture, String[] cities,
            String[] publishers, String[] organizations) {
        String capital() {
            return cities[0];
        }
    }

    record Organization(String name, String kind, String abbreviation) {
    }

    // ------------------------------------------------------------------------------------------------ name pools

    static final Culture VIETNAMESE = new Culture("vi", Order.FAMILY_FIRST,
            new String[] {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm", "Hoàng",
                "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào",
                "Mai", "Tô", "Lương", "Cao", "Tạ", "Lâm", "Hà", "Kiều", "Quách", "Thái", "Văn"},
            new String[] {"Văn", "Thị", "Xuân", "Minh", "Quốc", "Đức", "Thanh", "Hữu", "Ngọc", "Hồng", "Kim", "Anh",
                "Công", "Thế", "Trọng", "Tiến", "Bá", "Đình", "Hoài", "Như", "Thu", "Việt", "Mạnh", "Tấn"},
            0.9,
            new String[] {"Chiến", "Hùng", "Dũng", "Tuấn", "Hải", "Long", "Nam", "Sơn", "Thắng", "Cường", "Phúc",
                "Khải", "Bình", "Trung", "Hiếu", "Lâm", "Quang", "Thành", "Vinh", "Hà", "Lan", "Hương", "Mai", "Ngân",
                "Thảo", "Tâm", "Phương", "Giang", "Huy", "Toàn", "Vũ", "Sơn", "Điệp", "Đạt", "Nghĩa", "Lịch", "Tú",
                "Thuận", "Khánh", "Quyết", "Đông", "Trâm", "Uyên", "Hòa", "Lộc", "Hậu", "Tùng", "Kiên", "Hưng"});

    static final Culture JAPANESE = new Culture("ja", Order.FAMILY_FIRST,
            new String[] {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
                "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura",
                "Hayashi", "Shimizu", "Saito", "Kano", "Namazu", "Ozaki", "Obuchi", "Motegi", "Hamada", "Kihara",
                "Onodera", "Iwaya", "Nakatani", "Funakoshi", "Kōno", "Ōno", "Ōtsuka", "Endō", "Kondō", "Gotō",
                "Mori", "Ishii", "Ogawa", "Fujita", "Okada", "Nishimura", "Miyazaki", "Akiba", "Ueda", "Sugiyama"},
            combine(new String[] {"Yama", "Naka", "Ishi", "Kawa", "Mori", "Fuji", "Matsu", "Take", "Taka", "Kuro",
                "Shira", "Oka", "Ike", "Hashi", "Kita", "Nishi", "Miya", "Sugi", "Hira", "Kami", "Shimo", "Ōta"},
                new String[] {"moto", "da", "kawa", "mura", "yama", "shita", "no", "hara", "saki", "uchi", "ta",
                    "oka", "zawa", "gawa", "kubo", "shima", "ishi", "ue"}),
            1.0,
            new String[] {"Koji", "Hiroshi", "Takeshi", "Kenji", "Yuko", "Akira", "Masahiro", "Satoshi", "Yoshihide",
                "Fumio", "Taro", "Shinjiro", "Minoru", "Gen", "Yoko", "Kazuo", "Toshimitsu", "Hiroyuki", "Masanao",
                "Tsuyoshi", "Kiyoshi", "Naoki", "Takeo", "Keiichi", "Shigeru", "Jun", "Yōsuke", "Kōichi", "Shūichi",
                "Kyōko", "Ryōta", "Mariko", "Haruka", "Daisuke", "Makoto", "Tomoko", "Nobuo", "Ichirō", "Masato"},
            combine(new String[] {"Hiro", "Masa", "Kazu", "Taka", "Yoshi", "Toshi", "Nobu", "Hide", "Tomo", "Yasu",
                "Shin", "Aki", "Tetsu", "Mitsu", "Tada", "Nori", "Kiyo", "Haru", "Sho", "Yū"},
                new String[] {"shi", "yuki", "hiko", "o", "ki", "ya", "to", "nori", "aki", "hiro", "kazu", "ta",
                    "ichi", "ji", "suke", "mi", "ko", "e"}));

    static final Culture CHINESE = new Culture("zh", Order.FAMILY_FIRST,
            new String[] {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
                "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Dong", "Xie", "Han", "Tang", "Feng", "Qin",
                "Wei", "Jiang", "Shen", "Cai", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan",
                "Jia", "Fu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Yao", "Lü", "Kong", "Cui"},
            new String[0], 0,
            new String[] {"Yi", "Jun", "Wei", "Qiang", "Jianguo", "Xiaoming", "Hua", "Lei", "Ping", "Yong", "Hong",
                "Jie", "Gang", "Ming", "Tao", "Bo", "Chao", "Peng", "Zhiwei", "Haitao", "Xiaolong", "Yuxuan", "Lijun",
                "Wenjie", "Guoqiang", "Hongwei", "Jiayi", "Xiaoyan", "Zhenhua", "Dongmei", "Weidong", "Chunhua"},
            combine(new String[] {"Jian", "Xiao", "Guo", "Hong", "Wen", "Zhi", "Hai", "Dong", "Chun", "Yu", "Jia",
                "Li", "Zhen", "Wei", "Ming", "Hui", "Xin", "Yong", "Qing", "Shu", "Ke", "Rui"},
                new String[] {"guo", "ming", "hua", "jun", "wei", "qiang", "tao", "feng", "lin", "ping", "yan", "long",
                    "hui", "xin", "bo", "jie", "ning", "yun", "liang", "song"}));

    static final Culture KOREAN = new Culture("ko", Order.FAMILY_FIRST,
            new String[] {"Kim", "Kim", "Lee", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
                "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Moon", "Baek"},
            new String[0], 0,
            new String[] {"Jae-myung", "Min-soo", "Sung-ho", "Ji-hoon", "Young-sam", "Kyung-wha", "Chul-soo",
                "Hyun-woo", "Dong-hyun", "Sang-woo", "Eun-ji", "Seung-min", "Yong-hyun", "Tae-yong", "Jin-pyo",
                "Kyu-hyun", "Won-sik", "Sun-mi", "Hye-jin", "Joon-ho", "Byung-se", "In-ho", "Jong-sup", "Ho-young"},
            combine(new String[] {"Jae-", "Min-", "Sung-", "Ji-", "Young-", "Kyung-", "Chul-", "Hyun-", "Dong-",
                "Sang-", "Eun-", "Seung-", "Yong-", "Tae-", "Jin-", "Won-", "Hye-", "Joon-", "Byung-", "Jong-"},
                new String[] {"myung", "soo", "ho", "hoon", "sam", "wha", "woo", "hyun", "ji", "min", "yong", "pyo",
                    "sik", "mi", "jin", "se", "sup", "young", "hee", "kyu"}));

    static final Culture KHMER = new Culture("km", Order.FAMILY_FIRST,
            new String[] {"Hun", "Tea", "Prak", "Sok", "Chea", "Kem", "Men", "Say", "Chhum", "Ouk", "Keo", "Neth",
                "Pen", "Yim", "Mam", "Lim", "Heng", "Chan", "Nhem", "Sar", "Ung", "Thach", "Long", "Touch"},
            new String[0], 0,
            new String[] {"Manet", "Seiha", "Sokhonn", "Sophea", "Vuthy", "Rith", "Kosal", "Dara", "Chanthol",
                "Pheaktra", "Bunthoeun", "Samnang", "Vannak", "Sothea", "Sophal", "Chanthou", "Rathana", "Sovann",
                "Pisey", "Vireak", "Kunthea", "Sreymom", "Bopha", "Chenda", "Makara", "Narith", "Piseth", "Rotha"});

    static final Culture ENGLISH = new Culture("en", Order.GIVEN_FIRST,
            new String[] {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor",
                "Anderson", "Thomas", "Moore", "Martin", "Clarke", "Walker", "Wright", "Hall", "Campbell", "Carter",
                "Mitchell", "Roberts", "Turner", "Phillips", "Evans", "Collins", "Stewart", "Morris", "Murphy",
                "Cook", "Bailey", "Healey", "Marles", "Austin", "Lloyd", "O'Brien", "McCarthy", "Fitzgerald",
                "Harris", "Lewis", "Robinson", "Young", "King", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill",
                "Ramirez", "Parker", "Edwards", "Reed", "Rogers", "Morgan", "Bell", "Murray", "Ward", "Cooper",
                "Howard", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes", "Price",
                "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell", "Sullivan",
                "Fisher", "Henderson", "Graham", "Hamilton", "Wallace", "Woods", "Cole", "West", "Jordan", "Owens",
                "Reynolds", "Ellis", "Harrison", "Gibson", "McDonald", "Marshall", "Kennedy", "Wells", "Hunt"},
            new String[] {"A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "J.", "K.", "L.", "M.", "N.", "P.", "R.",
                "S.", "T.", "W.", "Lee", "Anne", "James", "Marie", "Lynn"}, 0.5,
            new String[] {"John", "Michael", "Sarah", "Lloyd", "Antony", "Richard", "Penny", "Kurt", "Peter",
                "David", "James", "Robert", "Mary", "Jennifer", "Linda", "Elizabeth", "William", "Susan", "Karen",
                "Christopher", "Daniel", "Matthew", "Andrew", "Joshua", "Emily", "Rachel", "Catherine", "Grant", "Thomas",
                "Charles", "Mark", "Paul", "Steven", "Kevin", "Brian", "George", "Timothy", "Ronald", "Jason",
                "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin",
                "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Patrick", "Jack", "Dennis",
                "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Donna", "Michelle", "Carol", "Amanda",
                "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy",
                "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Nicole", "Helen", "Samantha", "Katherine", "Christine",
                "Debra", "Janet", "Maria", "Heather", "Diane", "Julie", "Joyce", "Victoria", "Kelly", "Christina"});

    static final Culture FRENCH = new Culture("fr", Order.GIVEN_FIRST,
            new String[] {"Lefèvre", "Dupré", "Bérard", "Moreau", "Girard", "Lemaître", "Faure", "Rousseau",
                "Mercier", "Chevènement", "Le Drian", "Barrot", "Lecornu", "Séjourné", "Lévêque", "Besançon", "Hébert",
                "Thibault", "Gauthier", "Ménard"},
            new String[0], 0,
            new String[] {"François", "Jérôme", "Hélène", "Amélie", "Stéphane", "Jean-Yves", "Sébastien",
                "Frédéric", "Cécile", "Loïc", "Noémie", "Gaëlle", "Benoît", "Anaïs", "Aurélien", "Clément", "Élodie"});

    static final Culture GERMAN = new Culture("de", Order.GIVEN_FIRST,
            new String[] {"Müller", "Schröder", "Köhler", "Weiß", "Schäfer", "Krüger", "Hoffmann", "Becker",
                "Wagner", "Pistorius", "Baerbock", "Böhm", "Jäger", "Groß", "Fuchs", "Schütz", "Wadephul", "Lührs"},
            new String[0], 0,
            new String[] {"Jürgen", "Jörg", "Björn", "Günter", "Annalena", "Boris", "Ursula", "Sören", "Matthias",
                "Katrin", "Sönke", "Claudia", "Andreas", "Jürgen", "Heike", "Ralf", "Bärbel", "Johann"});

    static final Culture SPANISH = new Culture("es", Order.GIVEN_FIRST,
            new String[] {"Núñez", "Peña", "Muñoz", "García", "Fernández", "Martínez", "Rodríguez", "López",
                "Sánchez", "Pérez", "Gómez", "Díaz", "Ramírez", "Álvarez", "Jiménez", "Ibáñez", "Robles", "Albares",
                "Castañeda", "Ordóñez"},
            new String[] {"María", "José", "Luis", "Ángel"}, 0.2,
            new String[] {"José", "María", "Íñigo", "Ángel", "Margarita", "Pedro", "Lucía", "Sofía", "Andrés",
                "Raúl", "Inés", "Mónica", "Joaquín", "Germán", "Begoña", "Ramón", "Adrián"});

    static final Culture FILIPINO = new Culture("tl", Order.GIVEN_FIRST,
            new String[] {"Teodoro", "Manalo", "Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza",
                "Torres", "Ibañez", "Peña", "Villanueva", "Aquino", "Lazaro", "Año", "Dela Cruz", "Castro"},
            new String[] {"Jr.", "III", "C.", "M."}, 0.15,
            new String[] {"Gilberto", "Enrique", "Ferdinand", "Maria", "Jose", "Ramon", "Eduardo", "Teresita",
                "Rodrigo", "Delfin", "Rosario", "Carlito", "Cristina", "Antonio", "Manuel", "Gerardo"});

    static final Culture POLISH = new Culture("pl", Order.GIVEN_FIRST,
            new String[] {"Kowalski", "Wiśniewski", "Wójcik", "Nowak", "Kamiński", "Błaszczak", "Kosiniak-Kamysz",
                "Sikorski", "Zieliński", "Woźniak", "Dąbrowski", "Kaczmarek", "Łukasiewicz", "Szymański"},
            new String[0], 0,
            new String[] {"Łukasz", "Zbigniew", "Wojciech", "Małgorzata", "Radosław", "Władysław", "Mariusz",
                "Agnieszka", "Paweł", "Krzysztof", "Jarosław", "Grzegorz", "Bożena"});

    static final Culture TURKISH = new Culture("tr", Order.GIVEN_FIRST,
            new String[] {"Çavuşoğlu", "Yılmaz", "Öztürk", "Şahin", "Aydın", "Güler", "Fidan", "Kaya", "Demir",
                "Çelik", "Arslan", "Doğan", "Kılıç", "Aslan", "Özdemir"},
            new String[0], 0,
            new String[] {"Çağlar", "Şükrü", "Mevlüt", "Hakan", "Fatih", "Yaşar", "Gülşen", "Ömer", "İbrahim",
                "Ayşe", "Emine", "Hülya", "Süleyman", "Nihat"});

    static final Culture NORDIC = new Culture("no", Order.GIVEN_FIRST,
            new String[] {"Jørgensen", "Løkke", "Åberg", "Sørensen", "Hägglund", "Østergaard", "Lindqvist",
                "Haavisto", "Häkkänen", "Støre", "Gram", "Strömberg"},
            new String[0], 0,
            new String[] {"Søren", "Åsa", "Ørjan", "Pål", "Jonas", "Björn", "Tove", "Märta", "Anniken", "Lars",
                "Jussi", "Pekka", "Elina", "Sanna"});

    static final Culture RUSSIAN = new Culture("ru", Order.GIVEN_FIRST,
            new String[] {"Lavrov", "Shoigu", "Belousov", "Rudenko", "Ivanov", "Petrov", "Volkov", "Smirnov",
                "Kuznetsov", "Popov", "Sokolov", "Morozov", "Novikov", "Fomin", "Galuzin", "Zakharova"},
            new String[] {"Viktorovich", "Sergeyevich", "Ivanovich", "Petrovna"}, 0.05,
            new String[] {"Sergei", "Dmitry", "Andrei", "Vladimir", "Maria", "Alexander", "Mikhail", "Nikolai",
                "Yuri", "Igor", "Alexei", "Olga", "Tatiana", "Andrey", "Mikhail"});

    static final Culture INDIAN = new Culture("hi", Order.GIVEN_FIRST,
            new String[] {"Singh", "Jaishankar", "Sharma", "Kumar", "Patel", "Reddy", "Gupta", "Iyer", "Nair",
                "Menon", "Rao", "Chopra", "Mehta", "Das", "Bhattacharya", "Pillai", "Verma", "Chauhan"},
            new String[0], 0,
            new String[] {"Rajnath", "Subrahmanyam", "Narendra", "Sushma", "Anil", "Vikram", "Ajit", "Arun",
                "Nirmala", "Piyush", "Meenakshi", "Harsh", "Giridhar", "Pawan", "Sanjay", "Vinay", "Rajesh"});

    static final Culture MALAY = new Culture("ms", Order.GIVEN_FIRST,
            new String[] {"Hasan", "Abdul Kadir", "Ibrahim", "Ismail", "Rahman", "Yusof", "Hamzah", "Aziz",
                "Mohamad", "Othman", "Salleh", "Hussein", "Abdullah", "Bakar"},
            new String[] {"bin", "binti"}, 0.3,
            new String[] {"Mohamad", "Zambry", "Anwar", "Hishammuddin", "Saifuddin", "Nurul", "Siti", "Ahmad",
                "Khairy", "Fadillah", "Azmin", "Zahid", "Wan", "Rafizi"});

    static final Culture INDONESIAN = new Culture("id", Order.SINGLE,
            new String[] {"Subianto", "Marsudi", "Sugiono", "Hadiningrat", "Santoso", "Wibowo", "Pratama",
                "Kusuma", "Hidayat", "Setiawan", "Nugroho", "Siregar", "Simanjuntak", "Lubis", "Saputra"},
            new String[0], 0,
            new String[] {"Prabowo", "Retno", "Sjafrie", "Budi", "Joko", "Agus", "Dewi", "Sri", "Bambang", "Hadi",
                "Yudo", "Andika", "Mahfud", "Luhut", "Pratikno", "Airlangga", "Arief", "Wahyu"});

    static final Culture THAI = new Culture("th", Order.GIVEN_FIRST,
            new String[] {"Chan-o-cha", "Pramudwinai", "Klungsang", "Sangiampongsa", "Phumtham", "Wechayachai",
                "Srisuwan", "Thavisin", "Shinawatra", "Chidchob", "Sukhumbhand", "Boonyaratglin", "Wongsuwan"},
            new String[0], 0,
            new String[] {"Prayut", "Don", "Sutin", "Maris", "Phumtham", "Srettha", "Paetongtarn", "Anutin",
                "Prawit", "Chaiya", "Somchai", "Suchart", "Nattaphon", "Kittiratt"});

    /** Burmese names have no family name: two or three syllables ("Than Swe", "Min Aung Hlaing"). */
    static final Culture BURMESE = new Culture("my", Order.SINGLE,
            combine(new String[] {"Swe", "Hlaing", "Myint", "Aung", "Tun", "Lwin", "Oo", "Kyaw", "Win", "Naing",
                "Htun", "Thein", "Zaw", "Myo", "Soe"}, new String[] {"", " Aung", " Win", " Tun", " Oo", " Naing",
                    " Lwin", " Htay", " Myint", " Thu"}),
            new String[0], 0,
            new String[] {"Than", "Min", "Soe", "Zaw", "Thant", "Kyaw", "Tin", "Hla", "Maung", "Nyunt", "Wunna",
                "Aye", "Khin", "Thura", "Ye", "Nay", "Phyo", "Zin", "Moe", "Thida"});

    static final Culture MONGOLIAN = new Culture("mn", Order.GIVEN_FIRST,
            combine(new String[] {"Bat", "Gan", "Oyun", "Tsog", "Erdene", "Munkh", "Altan", "Bold", "Enkh", "Sukh",
                "Dorj", "Lkham"}, new String[] {"bold", "baatar", "erdene", "tsetseg", "saikhan", "bayar", "jargal",
                    "chimeg", "tuya", "od", "sukh"}),
            new String[0], 0,
            combine(new String[] {"Bat", "Gan", "Oyun", "Tsog", "Erdene", "Munkh", "Altan", "Bold", "Enkh", "Sukh",
                "Nomin", "Tuvshin"}, new String[] {"bold", "baatar", "erdene", "tsetseg", "saikhan", "bayar", "jargal",
                    "chimeg", "tuya", "od", "zul"}));

    static final Culture LAO = new Culture("lo", Order.GIVEN_FIRST,
            concat(new String[] {"Kommasith", "Siphandone", "Sayasone", "Vongsay", "Keomany", "Phommachanh",
                "Inthavong", "Souvannavong", "Chanthavong", "Xaysomphone"},
                combine(new String[] {"Phom", "Sou", "Keo", "Vong", "Insi", "Chan", "Sith", "Xay", "Bout", "Phet"},
                    new String[] {"mani", "vanh", "savath", "sak", "vong", "thavong", "phone", "soulin", "dara"})),
            new String[0], 0,
            new String[] {"Saleumxay", "Sonexay", "Thongloun", "Chansamone", "Bounkham", "Khamphao", "Phankham",
                "Souliya", "Vilay", "Thongsing"});

    static final Culture ARABIC = new Culture("ar", Order.GIVEN_FIRST,
            new String[] {"Al Nahyan", "Al Saud", "Al Thani", "Al-Sabah", "Hassan", "Mansour", "Haddad", "Khalil",
                "Nasser", "Saleh", "Farouk", "Al-Maliki"},
            new String[] {"bin", "Abdullah", "Mohammed"}, 0.3,
            new String[] {"Abdullah", "Faisal", "Mohammed", "Khalid", "Saud", "Tamim", "Ahmed", "Omar", "Layla",
                "Fatima", "Yousef", "Hamad"});

    static final Culture PORTUGUESE = new Culture("pt", Order.GIVEN_FIRST,
            new String[] {"Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Múcio", "Vieira", "Gonçalves",
                "Araújo", "Magalhães", "Conceição"},
            new String[] {"da", "dos", "de"}, 0.25,
            new String[] {"José", "João", "Antônio", "Luís", "Mauro", "Márcia", "Fernão", "Gonçalo", "Inês",
                "Simão", "Conceição"});

    static final Culture ITALIAN = new Culture("it", Order.GIVEN_FIRST,
            new String[] {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Crosetto", "Tajani",
                "Colombo", "Ricci", "Marino", "Greco", "Nicolò", "De Luca"},
            new String[0], 0,
            new String[] {"Guido", "Antonio", "Giorgia", "Niccolò", "Lorenzo", "Francesca", "Matteo", "Chiara",
                "Luca", "Giulia", "Andrea", "Federica"});

    // ------------------------------------------------------------------------------------------------ countries

    private static final String[] MINISTRIES = {"Ministry of Foreign Affairs", "Ministry of Defence",
        "Office of the Prime Minister", "Parliament", "Armed Forces", "Ministry of Trade"};

    static final List<Country> COUNTRIES = List.of(
            new Country("VN", "Viet Nam", "Vietnamese", 10, VIETNAMESE,
                    new String[] {"Hanoi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Cần Thơ"},
                    new String[] {"Viet Nam News Agency", "Nhân Dân", "Quân đội Nhân dân", "VnExpress International"},
                    new String[] {"Ministry of Foreign Affairs", "Ministry of National Defence",
                        "Ministry of Public Security", "National Assembly", "Viet Nam People's Army",
                        "Communist Party of Viet Nam", "Government Office"}),
            new Country("JP", "Japan", "Japanese", 10, JAPANESE,
                    new String[] {"Tokyo", "Osaka", "Yokohama", "Fukuoka", "Kōbe"},
                    new String[] {"Kyodo", "NHK World", "The Asahi Shimbun", "The Japan Times", "Yomiuri Shimbun"},
                    new String[] {"Ministry of Foreign Affairs", "Ministry of Defense", "Cabinet Secretariat",
                        "National Diet", "Japan Self-Defense Forces", "Liberal Democratic Party",
                        "Japan International Cooperation Agency"}),
            new Country("US", "the United States", "American", 8, ENGLISH,
                    new String[] {"Washington", "New York", "Honolulu", "San Francisco"},
                    new String[] {"Associated Press", "Defense News", "The Washington Post"},
                    new String[] {"Department of State", "Department of Defense", "White House", "Congress",
                        "Indo-Pacific Command"}),
            new Country("CN", "China", "Chinese", 6, CHINESE,
                    new String[] {"Beijing", "Shanghai", "Guangzhou", "Kunming"},
                    new String[] {"Xinhua", "China Daily", "Global Times"},
                    new String[] {"Ministry of Foreign Affairs", "Ministry of National Defense", "State Council",
                        "National People's Congress", "People's Liberation Army"}),
            new Country("KR", "South Korea", "South Korean", 5, KOREAN,
                    new String[] {"Seoul", "Busan", "Incheon"},
                    new String[] {"Yonhap", "The Korea Herald", "The Korea Times"},
                    new String[] {"Ministry of Foreign Affairs", "Ministry of National Defense", "National Assembly",
                        "Republic of Korea Armed Forces", "Presidential Office"}),
            new Country("IN", "India", "Indian", 4, INDIAN,
                    new String[] {"New Delhi", "Mumbai", "Chennai", "Kolkata"},
                    new String[] {"Press Trust of India", "The Hindu", "Hindustan Times"},
                    MINISTRIES),
            new Country("AU", "Australia", "Australian", 4, ENGLISH,
                    new String[] {"Canberra", "Sydney", "Melbourne", "Darwin"},
                    new String[] {"ABC News", "The Australian", "The Sydney Morning Herald"},
                    new String[] {"Department of Foreign Affairs and Trade", "Department of Defence", "Parliament",
                        "Australian Defence Force", "Office of the Prime Minister"}),
            new Country("PH", "the Philippines", "Philippine", 3, FILIPINO,
                    new String[] {"Manila", "Cebu", "Davao"},
                    new String[] {"Philippine News Agency", "Inquirer", "The Philippine Star"},
                    new String[] {"Department of Foreign Affairs", "Department of National Defense", "Senate",
                        "Armed Forces of the Philippines", "Office of the President"}),
            new Country("TH", "Thailand", "Thai", 3, THAI,
                    new String[] {"Bangkok", "Chiang Mai", "Phuket"},
                    new String[] {"Bangkok Post", "The Nation", "Thai PBS World"}, MINISTRIES),
            new Country("ID", "Indonesia", "Indonesian", 3, INDONESIAN,
                    new String[] {"Jakarta", "Surabaya", "Bali", "Bandung"},
                    new String[] {"Antara", "The Jakarta Post", "Tempo"}, MINISTRIES),
            new Country("MY", "Malaysia", "Malaysian", 2.5, MALAY,
                    new String[] {"Kuala Lumpur", "Putrajaya", "Penang"},
                    new String[] {"Bernama", "The Star", "New Straits Times"}, MINISTRIES),
            new Country("SG", "Singapore", "Singaporean", 2.5, CHINESE,
                    new String[] {"Singapore"},
                    new String[] {"The Straits Times", "CNA"}, MINISTRIES),
            new Country("LA", "Laos", "Lao", 1.5, LAO,
                    new String[] {"Vientiane", "Luang Prabang"}, new String[] {"KPL", "Vientiane Times"}, MINISTRIES),
            new Country("KH", "Cambodia", "Cambodian", 1.5, KHMER,
                    new String[] {"Phnom Penh", "Siem Reap"}, new String[] {"Khmer Times", "AKP"}, MINISTRIES),
            new Country("MM", "Myanmar", "Myanmar", 1, BURMESE,
                    new String[] {"Naypyidaw", "Yangon"}, new String[] {"The Irrawaddy", "Global New Light of Myanmar"},
                    MINISTRIES),
            new Country("GB", "the United Kingdom", "British", 2, ENGLISH,
                    new String[] {"London", "Edinburgh", "Portsmouth"},
                    new String[] {"Reuters", "BBC News", "The Guardian"},
                    new String[] {"Foreign, Commonwealth and Development Office", "Ministry of Defence", "Parliament",
                        "British Armed Forces", "Downing Street"}),
            new Country("FR", "France", "French", 2, FRENCH,
                    new String[] {"Paris", "Marseille", "Toulon", "Nouméa"},
                    new String[] {"Agence France-Presse", "Le Monde", "Le Figaro"},
                    new String[] {"Ministère de l'Europe et des Affaires étrangères", "Ministère des Armées",
                        "Assemblée nationale", "Élysée", "Armed Forces"}),
            new Country("DE", "Germany", "German", 2, GERMAN,
                    new String[] {"Berlin", "Munich", "Hamburg", "Köln"},
                    new String[] {"Deutsche Welle", "Der Spiegel", "Frankfurter Allgemeine"},
                    new String[] {"Federal Foreign Office", "Federal Ministry of Defence", "Bundestag", "Bundeswehr",
                        "Federal Chancellery"}),
            new Country("RU", "Russia", "Russian", 2, RUSSIAN,
                    new String[] {"Moscow", "Saint Petersburg", "Vladivostok"},
                    new String[] {"TASS", "RIA Novosti", "Interfax"}, MINISTRIES),
            new Country("CA", "Canada", "Canadian", 1.5, ENGLISH,
                    new String[] {"Ottawa", "Toronto", "Vancouver"}, new String[] {"CBC News", "The Globe and Mail"},
                    MINISTRIES),
            new Country("NZ", "New Zealand", "New Zealand", 1, ENGLISH,
                    new String[] {"Wellington", "Auckland"}, new String[] {"RNZ", "The New Zealand Herald"}, MINISTRIES),
            new Country("IT", "Italy", "Italian", 1, ITALIAN,
                    new String[] {"Rome", "Milan", "Naples"}, new String[] {"ANSA", "Corriere della Sera"}, MINISTRIES),
            new Country("ES", "Spain", "Spanish", 1, SPANISH,
                    new String[] {"Madrid", "Barcelona", "Sevilla"}, new String[] {"EFE", "El País"}, MINISTRIES),
            new Country("MX", "Mexico", "Mexican", 0.7, SPANISH,
                    new String[] {"Mexico City", "Guadalajara"}, new String[] {"El Universal", "Notimex"}, MINISTRIES),
            new Country("CL", "Chile", "Chilean", 0.5, SPANISH,
                    new String[] {"Santiago", "Valparaíso"}, new String[] {"La Tercera", "El Mercurio"}, MINISTRIES),
            new Country("BR", "Brazil", "Brazilian", 1, PORTUGUESE,
                    new String[] {"Brasília", "São Paulo", "Rio de Janeiro"}, new String[] {"Agência Brasil", "Folha"},
                    MINISTRIES),
            new Country("PL", "Poland", "Polish", 0.8, POLISH,
                    new String[] {"Warsaw", "Kraków", "Gdańsk"}, new String[] {"PAP", "Rzeczpospolita"}, MINISTRIES),
            new Country("TR", "Türkiye", "Turkish", 0.8, TURKISH,
                    new String[] {"Ankara", "İstanbul", "İzmir"}, new String[] {"Anadolu Agency", "Daily Sabah"},
                    MINISTRIES),
            new Country("NO", "Norway", "Norwegian", 0.5, NORDIC,
                    new String[] {"Oslo", "Bergen"}, new String[] {"NRK", "Aftenposten"}, MINISTRIES),
            new Country("SE", "Sweden", "Swedish", 0.5, NORDIC,
                    new String[] {"Stockholm", "Göteborg"}, new String[] {"SVT", "Dagens Nyheter"}, MINISTRIES),
            new Country("DK", "Denmark", "Danish", 0.4, NORDIC,
                    new String[] {"Copenhagen", "Aarhus"}, new String[] {"DR", "Politiken"}, MINISTRIES),
            new Country("FI", "Finland", "Finnish", 0.4, NORDIC,
                    new String[] {"Helsinki", "Turku"}, new String[] {"Yle", "Helsingin Sanomat"}, MINISTRIES),
            new Country("AE", "the United Arab Emirates", "Emirati", 0.6, ARABIC,
                    new String[] {"Abu Dhabi", "Dubai"}, new String[] {"WAM", "The National"}, MINISTRIES),
            new Country("SA", "Saudi Arabia", "Saudi", 0.6, ARABIC,
                    new String[] {"Riyadh", "Jeddah"}, new String[] {"Saudi Press Agency", "Arab News"}, MINISTRIES),
            new Country("QA", "Qatar", "Qatari", 0.3, ARABIC,
                    new String[] {"Doha"}, new String[] {"Qatar News Agency", "The Peninsula"}, MINISTRIES),
            new Country("BD", "Bangladesh", "Bangladeshi", 0.5, INDIAN,
                    new String[] {"Dhaka", "Chittagong"}, new String[] {"BSS", "The Daily Star"}, MINISTRIES),
            new Country("LK", "Sri Lanka", "Sri Lankan", 0.4, INDIAN,
                    new String[] {"Colombo", "Kandy"}, new String[] {"Daily Mirror", "Daily News"}, MINISTRIES),
            new Country("TL", "Timor-Leste", "Timorese", 0.3, PORTUGUESE,
                    new String[] {"Dili"}, new String[] {"Tatoli"}, MINISTRIES),
            new Country("BN", "Brunei", "Bruneian", 0.5, MALAY,
                    new String[] {"Bandar Seri Begawan"}, new String[] {"Borneo Bulletin"}, MINISTRIES),
            new Country("MN", "Mongolia", "Mongolian", 0.4, MONGOLIAN,
                    new String[] {"Ulaanbaatar"}, new String[] {"Montsame"}, MINISTRIES));


    static final Map<String, Country> BY_CODE = new LinkedHashMap<>();

    static {
        for (Country c : COUNTRIES) {
            BY_CODE.put(c.code(), c);
        }
    }

    /** ASEAN members: multilateral meetings in this news are mostly ASEAN-centred. */
    static final List<String> ASEAN = List.of("VN", "TH", "ID", "MY", "SG", "PH", "LA", "KH", "MM", "BN");

    static final List<Organization> INTERNATIONAL = List.of(
            new Organization("Association of Southeast Asian Nations", "international_body", "ASEAN"),
            new Organization("United Nations", "international_body", "UN"),
            new Organization("North Atlantic Treaty Organization", "alliance", "NATO"),
            new Organization("European Union", "international_body", "EU"),
            new Organization("Asia-Pacific Economic Cooperation", "international_body", "APEC"),
            new Organization("International Maritime Organization", "international_body", "IMO"),
            new Organization("Mekong River Commission", "international_body", "MRC"),
            new Organization("International Committee of the Red Cross", "international_body", "ICRC"),
            new Organization("World Trade Organization", "international_body", "WTO"),
            new Organization("Asian Development Bank", "international_body", "ADB"));

    static String organizationKind(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.contains("ministry") || n.contains("department") || n.contains("ministère") || n.contains("office")
                && !n.contains("prime") && !n.contains("president")) {
            return "ministry";
        }
        if (n.contains("parliament") || n.contains("assembly") || n.contains("diet") || n.contains("congress")
                || n.contains("senate") || n.contains("bundestag") || n.contains("assemblée")) {
            return "parliament";
        }
        if (n.contains("army") || n.contains("forces") || n.contains("bundeswehr") || n.contains("command")) {
            return "armed_forces";
        }
        if (n.contains("party")) {
            return "party";
        }
        if (n.contains("prime") || n.contains("president") || n.contains("cabinet") || n.contains("state council")
                || n.contains("white house") || n.contains("downing") || n.contains("élysée")
                || n.contains("chancellery") || n.contains("government")) {
            return "government";
        }
        return "other";
    }

    /** Upper-case initials of the significant words: "Ministry of Foreign Affairs" → "MOFA". */
    static String abbreviation(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[ ,'-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("of") || w.equals("and") || w.equals("the") || w.equals("de") || w.equals("des")) {
                if (w.equals("of")) {
                    b.append('o');
                }
                continue;
            }
            b.append(Character.toUpperCase(w.charAt(0)));
        }
        return b.toString().toUpperCase(java.util.Locale.ROOT);
    }

    // ------------------------------------------------------------------------------------------------ posts

    /**
     * A canonical post and the wordings newspapers print for it; {@code %s} is the country's name where it appears.
     * {@code military} posts come with a rank; {@code organization} names one of the country's organisations by a
     * word it contains.
     */
    record Post(String canonical, String[] printed, String organizationWord, boolean military, double weight) {
    }

    static final List<Post> POSTS = List.of(
            new Post("Minister of Foreign Affairs", new String[] {"Minister of Foreign Affairs", "Foreign Minister"},
                    "Foreign", false, 0.3),
            new Post("Deputy Minister of Foreign Affairs", new String[] {"Deputy Minister of Foreign Affairs",
                "Deputy Foreign Minister", "Vice Foreign Minister", "Vice-Minister for Foreign Affairs"}, "Foreign",
                    false, 3),
            new Post("Standing Deputy Minister of Foreign Affairs", new String[] {
                "Standing Deputy Minister of Foreign Affairs", "Permanent Deputy Minister of Foreign Affairs"},
                    "Foreign", false, 0.5),
            new Post("Director-General of the Asian Affairs Bureau", new String[] {
                "Director-General of the Asian Affairs Bureau", "Director General, Asian Affairs Bureau",
                "Director-General for Asian Affairs"}, "Foreign", false, 4),
            new Post("Director-General of the Department of Consular Affairs", new String[] {
                "Director-General of the Department of Consular Affairs", "Director General of Consular Affairs"},
                    "Foreign", false, 3),
            new Post("Ambassador", new String[] {"Ambassador", "Ambassador Extraordinary and Plenipotentiary"},
                    "Foreign", false, 10),
            new Post("Consul General", new String[] {"Consul General", "Consul-General"}, "Foreign", false, 6),
            new Post("Minister of National Defence", new String[] {"Minister of National Defence",
                "Defence Minister", "Defense Minister", "Minister of Defense"}, "Defen", true, 0.3),
            new Post("Deputy Minister of National Defence", new String[] {"Deputy Minister of National Defence",
                "Vice Minister of Defense", "Deputy Defence Minister", "Vice-Minister of Defence"}, "Defen", true, 3),
            new Post("Vice Minister of Defence for International Affairs", new String[] {
                "Vice Minister of Defence for International Affairs",
                "Vice-Minister of Defense for International Affairs"}, "Defen", false, 0.5),
            new Post("Chief of the General Staff", new String[] {"Chief of the General Staff", "Chief of General Staff",
                "Chief of Staff"}, "Forces", true, 1),
            new Post("Commander of the Navy", new String[] {"Commander of the Navy", "Navy Commander",
                "Chief of Naval Staff"}, "Forces", true, 2),
            new Post("Commander of the Air Force", new String[] {"Commander of the Air Force", "Air Force Commander"},
                    "Forces", true, 2),
            new Post("Director of the Department of Foreign Relations", new String[] {
                "Director of the Department of Foreign Relations", "Director of Foreign Relations"}, "Defen", true, 4),
            new Post("Defence Attaché", new String[] {"Defence Attaché", "Defense Attaché", "Military Attaché"},
                    "Defen", true, 8),
            new Post("Prime Minister", new String[] {"Prime Minister", "Premier"}, "Prime", false, 0.2),
            new Post("Deputy Prime Minister", new String[] {"Deputy Prime Minister", "Vice Premier"}, "Prime", false,
                    0.6),
            new Post("Chairman of the National Assembly", new String[] {"Chairman of the National Assembly",
                "Speaker of Parliament", "Speaker"}, "Parliament", false, 0.3),
            new Post("Member of Parliament", new String[] {"Member of Parliament", "lawmaker", "MP"}, "Parliament",
                    false, 15),
            new Post("Chairman of the Foreign Affairs Committee", new String[] {
                "Chairman of the Foreign Affairs Committee", "Chair of the Foreign Affairs Committee"}, "Parliament",
                    false, 1),
            new Post("Minister of Trade", new String[] {"Minister of Trade", "Trade Minister",
                "Minister of Industry and Trade"}, "Trade", false, 0.4),
            new Post("Deputy Minister of Trade", new String[] {"Deputy Minister of Trade", "Vice Minister of Trade",
                "Deputy Minister of Industry and Trade"}, "Trade", false, 3),
            new Post("Senior Official", new String[] {"Senior Official", "senior official"}, "Foreign", false, 12),
            new Post("Deputy Director-General", new String[] {"Deputy Director-General", "Deputy Director General"},
                    "Foreign", false, 12),
            new Post("Spokesperson", new String[] {"Spokesperson", "spokesman", "spokeswoman"}, "Foreign", false, 2),
            new Post("State Secretary", new String[] {"State Secretary", "Secretary of State"}, "Defen", false, 1.5));

    static final String[] RANKS = {"General", "Senior Lieutenant General", "Lieutenant General", "Major General",
        "Admiral", "Vice Admiral", "Rear Admiral", "Senior Colonel", "Colonel", "Brigadier General"};

    // ------------------------------------------------------------------------------------------------ events

    record Kind(String code, double weight, String noun) {
    }

    static final List<Kind> EVENT_KINDS = List.of(
            new Kind("talks", 20, "talks"), new Kind("meeting", 20, "a meeting"), new Kind("visit", 12, "an official visit"),
            new Kind("consultation", 8, "a consultation"), new Kind("dialogue", 8, "a dialogue"),
            new Kind("reception", 10, "a reception"), new Kind("phone_call", 8, "a phone call"),
            new Kind("signing", 4, "a signing ceremony"), new Kind("summit", 5, "a summit"),
            new Kind("conference", 5, "a conference"));

    /** Named series of meetings; a series event gets an ordinal ("the 7th Defence Policy Dialogue"). */
    static final Map<String, String[]> SERIES = Map.of(
            "consultation", new String[] {"Foreign and Defence Vice-Ministerial Consultation",
                "Political Consultation", "Consular Consultation", "Deputy Foreign Ministers' Consultation"},
            "dialogue", new String[] {"Defence Policy Dialogue", "Strategic Dialogue", "Maritime Dialogue",
                "Security Dialogue", "Economic Dialogue"},
            "summit", new String[] {"ASEAN Summit", "East Asia Summit", "Mekong–Japan Summit", "Leaders' Summit"},
            "conference", new String[] {"ASEAN Defence Ministers' Meeting-Plus", "ASEAN Regional Forum",
                "Shangri-La Dialogue", "Indo-Pacific Defence Conference", "Maritime Security Conference"});

    static final String[] TOPICS = {"defence cooperation", "maritime security", "South China Sea", "East China Sea",
        "search and rescue", "humanitarian assistance and disaster relief", "peacekeeping operations",
        "cyber security", "personnel training", "defence industry", "defence equipment and technology",
        "climate change", "trade and investment", "official development assistance", "energy security",
        "supply chains", "North Korea", "nuclear non-proliferation", "counter-terrorism", "military medicine",
        "war legacy issues", "unexploded ordnance", "labour cooperation", "education exchanges", "tourism",
        "digital transformation", "semiconductors", "critical minerals", "Free and Open Indo-Pacific",
        "ASEAN centrality", "Mekong cooperation", "international law", "information sharing", "coast guard cooperation",
        "pandemic response", "food security", "people-to-people exchanges", "infrastructure", "space cooperation"};

    // ------------------------------------------------------------------------------------------------ agreements

    record AgreementKind(String code, String label, double weight) {
    }

    static final List<AgreementKind> AGREEMENT_KINDS = List.of(
            new AgreementKind("memorandum_of_understanding", "a memorandum of understanding", 40),
            new AgreementKind("letter_of_intent", "a letter of intent", 10),
            new AgreementKind("agreement", "an agreement", 20), new AgreementKind("joint_statement", "a joint statement", 10),
            new AgreementKind("joint_vision_statement", "a joint vision statement", 3),
            new AgreementKind("action_plan", "an action plan", 7), new AgreementKind("treaty", "a treaty", 1),
            new AgreementKind("protocol", "a protocol", 4), new AgreementKind("other", "a document", 5));

    static final String[] SUBJECTS = {"defence cooperation", "search and rescue", "maritime security cooperation",
        "cyber security cooperation", "personnel training", "defence equipment and technology transfer",
        "peacekeeping cooperation", "military medicine", "climate change", "trade and investment promotion",
        "the ODA loan for the %s metro line", "the ODA loan for the %s port expansion", "labour cooperation",
        "disaster relief", "education exchanges", "digital transformation", "semiconductor supply chains",
        "critical minerals", "energy transition", "coast guard cooperation", "war legacy settlement",
        "unexploded ordnance clearance", "visa exemption", "civil aviation", "fisheries cooperation",
        "the establishment of a defence attaché office", "cooperation in space technology", "health cooperation",
        "agricultural cooperation", "the %s industrial park"};

    static List<String> countryCodes() {
        return new ArrayList<>(BY_CODE.keySet());
    }
}
