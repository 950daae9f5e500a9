//! Hand-made tables: country aliases, demonyms and Arabic-script country names; seas, gulfs,
//! straits and regions with rough centroids; English words that are also place names.
//!
//! These tables are the project's own writing. They are merged into the artifact at build time
//! (countries, water bodies and regions) or consulted at lookup time (the stoplist).

/// Extra names of one country beyond its GeoNames English name.
pub struct CountryAliases {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    /// Other English names and abbreviations ("U.S.", "Britain").
    pub names: &'static [&'static str],
    /// Demonyms and adjectival forms, singular and plural ("Pakistani", "Pakistanis").
    pub demonyms: &'static [&'static str],
    /// Country names in Arabic script (Arabic, Urdu, Persian spellings).
    pub arabic: &'static [&'static str],
    /// Demonyms in Arabic script.
    pub arabic_demonyms: &'static [&'static str],
}

macro_rules! country {
    ($code:literal, [$($n:literal),*], [$($d:literal),*], [$($a:literal),*], [$($ad:literal),*]) => {
        CountryAliases {
            code: $code,
            names: &[$($n),*],
            demonyms: &[$($d),*],
            arabic: &[$($a),*],
            arabic_demonyms: &[$($ad),*],
        }
    };
}

/// Countries likely in defence and foreign-affairs news.
pub const COUNTRY_ALIASES: &[CountryAliases] = &[
    country!(
        "PK",
        ["Islamic Republic of Pakistan"],
        ["Pakistani", "Pakistanis"],
        ["پاکستان", "باكستان"],
        ["پاکستانی", "باكستاني", "باكستانية"]
    ),
    country!(
        "LY",
        ["State of Libya"],
        ["Libyan", "Libyans"],
        ["لیبیا", "ليبيا"],
        ["لیبیائی", "ليبي", "ليبية", "لیبین"]
    ),
    country!(
        "OM",
        ["Sultanate of Oman"],
        ["Omani", "Omanis"],
        ["عمان", "سلطنة عمان"],
        ["عمانی", "عماني"]
    ),
    country!(
        "TR",
        ["Türkiye", "Turkiye", "Republic of Turkey"],
        ["Turkish", "Turk", "Turks"],
        ["ترکی", "ترکیه", "تركيا"],
        ["ترک", "تركي", "ترکش"]
    ),
    country!(
        "LK",
        [],
        ["Sri Lankan", "Sri Lankans"],
        ["سری لنکا", "سريلانكا"],
        ["سری لنکن"]
    ),
    country!(
        "IN",
        ["Republic of India", "Bharat"],
        ["Indian", "Indians"],
        ["بھارت", "ہندوستان", "الهند", "هند"],
        ["بھارتی", "ہندوستانی", "هندي"]
    ),
    country!(
        "IR",
        ["Islamic Republic of Iran", "Persia"],
        ["Iranian", "Iranians", "Persian"],
        ["ایران", "إيران"],
        ["ایرانی", "إيراني"]
    ),
    country!(
        "AF",
        ["Islamic Emirate of Afghanistan"],
        ["Afghan", "Afghans", "Afghani"],
        ["افغانستان", "أفغانستان"],
        ["افغان", "أفغاني"]
    ),
    country!(
        "CN",
        ["People's Republic of China", "PRC", "Mainland China"],
        ["Chinese"],
        ["چین", "الصين"],
        ["چینی", "صيني"]
    ),
    country!(
        "US",
        [
            "United States of America",
            "U.S.",
            "U.S.A.",
            "USA",
            "US",
            "America"
        ],
        ["American", "Americans"],
        ["امریکہ", "امریکا", "أمريكا", "الولايات المتحدة"],
        ["امریکی", "أمريكي"]
    ),
    country!(
        "RU",
        ["Russian Federation"],
        ["Russian", "Russians"],
        ["روس", "روسيا", "روسیه"],
        ["روسی", "روسي"]
    ),
    country!(
        "GB",
        [
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "United Kingdom of Great Britain and Northern Ireland"
        ],
        ["British", "Briton", "Britons"],
        ["برطانیہ", "بريطانيا", "المملكة المتحدة", "انگلستان"],
        ["برطانوی", "بريطاني"]
    ),
    country!(
        "FR",
        ["French Republic"],
        ["French", "Frenchman"],
        ["فرانس", "فرنسا"],
        ["فرانسیسی", "فرنسي"]
    ),
    country!(
        "DE",
        ["Federal Republic of Germany"],
        ["German", "Germans"],
        ["جرمنی", "ألمانيا", "آلمان"],
        ["جرمن", "ألماني"]
    ),
    country!(
        "IT",
        ["Italian Republic"],
        ["Italian", "Italians"],
        ["اٹلی", "إيطاليا", "ایتالیا"],
        ["اطالوی", "إيطالي"]
    ),
    country!(
        "ES",
        [],
        ["Spanish", "Spaniard", "Spaniards"],
        ["اسپین", "إسبانيا"],
        []
    ),
    country!(
        "GR",
        ["Hellenic Republic"],
        ["Greek", "Greeks"],
        ["یونان", "اليونان"],
        ["یونانی", "يوناني"]
    ),
    country!("CY", [], ["Cypriot", "Cypriots"], ["قبرص"], []),
    country!("MT", [], ["Maltese"], ["مالٹا", "مالطا"], []),
    country!(
        "UA",
        [],
        ["Ukrainian", "Ukrainians"],
        ["یوکرین", "أوكرانيا", "اوکراین"],
        ["یوکرینی", "أوكراني"]
    ),
    country!(
        "BY",
        [],
        ["Belarusian", "Belarusians"],
        ["بیلاروس", "بيلاروسيا"],
        []
    ),
    country!(
        "PL",
        [],
        ["Polish", "Pole", "Poles"],
        ["پولینڈ", "بولندا"],
        []
    ),
    country!("NL", ["Holland"], ["Dutch"], ["نیدرلینڈز", "هولندا"], []),
    country!("BE", [], ["Belgian", "Belgians"], ["بیلجیم", "بلجيكا"], []),
    country!(
        "SE",
        [],
        ["Swedish", "Swede", "Swedes"],
        ["سویڈن", "السويد"],
        []
    ),
    country!(
        "NO",
        [],
        ["Norwegian", "Norwegians"],
        ["ناروے", "النرويج"],
        []
    ),
    country!(
        "FI",
        [],
        ["Finnish", "Finn", "Finns"],
        ["فن لینڈ", "فنلندا"],
        []
    ),
    country!(
        "DK",
        [],
        ["Danish", "Dane", "Danes"],
        ["ڈنمارک", "الدنمارك"],
        []
    ),
    country!("CH", [], ["Swiss"], ["سوئٹزرلینڈ", "سويسرا"], []),
    country!(
        "AT",
        [],
        ["Austrian", "Austrians"],
        ["آسٹریا", "النمسا"],
        []
    ),
    country!(
        "CZ",
        ["Czech Republic"],
        ["Czech", "Czechs"],
        ["چیک جمہوریہ", "التشيك"],
        []
    ),
    country!(
        "HU",
        [],
        ["Hungarian", "Hungarians"],
        ["ہنگری", "المجر"],
        []
    ),
    country!(
        "RO",
        [],
        ["Romanian", "Romanians"],
        ["رومانیہ", "رومانيا"],
        []
    ),
    country!(
        "BG",
        [],
        ["Bulgarian", "Bulgarians"],
        ["بلغاریہ", "بلغاريا"],
        []
    ),
    country!(
        "RS",
        [],
        ["Serbian", "Serb", "Serbs"],
        ["سربیا", "صربيا"],
        []
    ),
    country!("PT", [], ["Portuguese"], ["پرتگال", "البرتغال"], []),
    country!(
        "IE",
        ["Republic of Ireland"],
        ["Irish"],
        ["آئرلینڈ", "أيرلندا"],
        []
    ),
    country!("CA", [], ["Canadian", "Canadians"], ["کینیڈا", "كندا"], []),
    country!(
        "MX",
        [],
        ["Mexican", "Mexicans"],
        ["میکسیکو", "المكسيك"],
        []
    ),
    country!(
        "BR",
        [],
        ["Brazilian", "Brazilians"],
        ["برازیل", "البرازيل"],
        []
    ),
    country!(
        "AR",
        [],
        ["Argentine", "Argentinian", "Argentines"],
        ["ارجنٹائن", "الأرجنتين"],
        []
    ),
    country!(
        "VE",
        [],
        ["Venezuelan", "Venezuelans"],
        ["وینزویلا", "فنزويلا"],
        []
    ),
    country!("CU", [], ["Cuban", "Cubans"], ["کیوبا", "كوبا"], []),
    country!(
        "CO",
        [],
        ["Colombian", "Colombians"],
        ["کولمبیا", "كولومبيا"],
        []
    ),
    country!(
        "SA",
        ["KSA", "Kingdom of Saudi Arabia", "Saudi"],
        ["Saudi", "Saudis", "Saudi Arabian"],
        [
            "سعودی عرب",
            "السعودية",
            "المملكة العربية السعودية",
            "عربستان سعودی"
        ],
        ["سعودی", "سعودي"]
    ),
    country!(
        "AE",
        ["UAE", "U.A.E.", "Emirates"],
        ["Emirati", "Emiratis"],
        [
            "متحدہ عرب امارات",
            "الإمارات",
            "الإمارات العربية المتحدة",
            "امارات"
        ],
        ["اماراتی", "إماراتي"]
    ),
    country!("QA", [], ["Qatari", "Qataris"], ["قطر"], ["قطری", "قطري"]),
    country!(
        "KW",
        [],
        ["Kuwaiti", "Kuwaitis"],
        ["کویت", "الكويت"],
        ["کویتی", "كويتي"]
    ),
    country!(
        "BH",
        [],
        ["Bahraini", "Bahrainis"],
        ["بحرین", "البحرين"],
        ["بحرینی", "بحريني"]
    ),
    country!(
        "YE",
        [],
        ["Yemeni", "Yemenis"],
        ["یمن", "اليمن"],
        ["یمنی", "يمني"]
    ),
    country!(
        "IQ",
        [],
        ["Iraqi", "Iraqis"],
        ["عراق", "العراق"],
        ["عراقی", "عراقي"]
    ),
    country!(
        "SY",
        [],
        ["Syrian", "Syrians"],
        ["سوريا", "سوریا", "سوریه"],
        ["شامی", "سوري"]
    ),
    country!("LB", [], ["Lebanese"], ["لبنان"], ["لبنانی", "لبناني"]),
    country!(
        "JO",
        [],
        ["Jordanian", "Jordanians"],
        ["اردن", "الأردن"],
        ["اردنی", "أردني"]
    ),
    country!(
        "IL",
        [],
        ["Israeli", "Israelis"],
        ["اسرائیل", "إسرائيل"],
        ["اسرائیلی", "إسرائيلي"]
    ),
    country!(
        "PS",
        ["State of Palestine", "Palestinian Territories"],
        ["Palestinian", "Palestinians"],
        ["فلسطین", "فلسطين"],
        ["فلسطینی", "فلسطيني"]
    ),
    country!(
        "EG",
        [],
        ["Egyptian", "Egyptians"],
        ["مصر"],
        ["مصری", "مصري"]
    ),
    country!(
        "SD",
        [],
        ["Sudanese"],
        ["سوڈان", "السودان", "سودان"],
        ["سوڈانی", "سوداني"]
    ),
    country!(
        "SS",
        [],
        ["South Sudanese"],
        ["جنوبی سوڈان", "جنوب السودان"],
        []
    ),
    country!(
        "TN",
        [],
        ["Tunisian", "Tunisians"],
        ["تیونس", "تونس"],
        ["تونسي"]
    ),
    country!(
        "DZ",
        [],
        ["Algerian", "Algerians"],
        ["الجزائر", "الجزایر"],
        ["الجزائری", "جزائري"]
    ),
    country!(
        "MA",
        [],
        ["Moroccan", "Moroccans"],
        ["مراکش", "المغرب"],
        ["مراکشی", "مغربي"]
    ),
    country!(
        "MR",
        [],
        ["Mauritanian", "Mauritanians"],
        ["موریتانیہ", "موريتانيا"],
        []
    ),
    country!("TD", [], ["Chadian", "Chadians"], ["چاڈ", "تشاد"], []),
    country!("NE", [], ["Nigerien", "Nigeriens"], ["نائجر", "النيجر"], []),
    country!("ML", [], ["Malian", "Malians"], ["مالی", "مالي"], []),
    country!(
        "BF",
        [],
        ["Burkinabe", "Burkinabè"],
        ["برکینا فاسو", "بوركينا فاسو"],
        []
    ),
    country!(
        "NG",
        [],
        ["Nigerian", "Nigerians"],
        ["نائجیریا", "نيجيريا"],
        []
    ),
    country!(
        "ET",
        [],
        ["Ethiopian", "Ethiopians"],
        ["ایتھوپیا", "إثيوبيا"],
        []
    ),
    country!(
        "ER",
        [],
        ["Eritrean", "Eritreans"],
        ["اریٹیریا", "إريتريا"],
        []
    ),
    country!(
        "DJ",
        [],
        ["Djiboutian", "Djiboutians"],
        ["جبوتی", "جيبوتي"],
        []
    ),
    country!(
        "SO",
        [],
        ["Somali", "Somalis"],
        ["صومالیہ", "الصومال"],
        ["صومالی", "صومالي"]
    ),
    country!("KE", [], ["Kenyan", "Kenyans"], ["کینیا", "كينيا"], []),
    country!(
        "ZA",
        [],
        ["South African", "South Africans"],
        ["جنوبی افریقہ", "جنوب أفريقيا"],
        []
    ),
    country!(
        "BD",
        [],
        ["Bangladeshi", "Bangladeshis"],
        ["بنگلہ دیش", "بنغلاديش", "بنگلادش"],
        ["بنگلہ دیشی", "بنغلاديشي"]
    ),
    country!(
        "NP",
        [],
        ["Nepali", "Nepalese"],
        ["نیپال", "نيبال"],
        ["نیپالی"]
    ),
    country!("BT", [], ["Bhutanese"], ["بھوٹان", "بوتان"], []),
    country!(
        "MV",
        [],
        ["Maldivian", "Maldivians"],
        ["مالدیپ", "جزر المالديف"],
        []
    ),
    country!(
        "MM",
        ["Burma"],
        ["Myanmar", "Burmese"],
        ["میانمار", "ميانمار"],
        []
    ),
    country!("TH", [], ["Thai"], ["تھائی لینڈ", "تايلاند"], []),
    country!(
        "MY",
        [],
        ["Malaysian", "Malaysians"],
        ["ملائیشیا", "ماليزيا", "مالزی"],
        ["ملائیشین"]
    ),
    country!(
        "ID",
        [],
        ["Indonesian", "Indonesians"],
        ["انڈونیشیا", "إندونيسيا", "اندونزی"],
        ["انڈونیشین"]
    ),
    country!(
        "SG",
        [],
        ["Singaporean", "Singaporeans"],
        ["سنگاپور", "سنغافورة"],
        []
    ),
    country!(
        "PH",
        [],
        ["Filipino", "Filipinos", "Philippine"],
        ["فلپائن", "الفلبين"],
        []
    ),
    country!("VN", [], ["Vietnamese"], ["ویتنام", "فيتنام"], []),
    country!(
        "JP",
        [],
        ["Japanese"],
        ["جاپان", "اليابان"],
        ["جاپانی", "ياباني"]
    ),
    country!(
        "KR",
        ["Republic of Korea", "ROK"],
        ["South Korean", "South Koreans"],
        ["جنوبی کوریا", "كوريا الجنوبية"],
        []
    ),
    country!(
        "KP",
        ["DPRK", "Democratic People's Republic of Korea"],
        ["North Korean", "North Koreans"],
        ["شمالی کوریا", "كوريا الشمالية"],
        []
    ),
    country!(
        "TW",
        ["Republic of China"],
        ["Taiwanese"],
        ["تائیوان", "تايوان"],
        []
    ),
    country!(
        "MN",
        [],
        ["Mongolian", "Mongolians"],
        ["منگولیا", "منغوليا"],
        []
    ),
    country!(
        "AU",
        [],
        ["Australian", "Australians"],
        ["آسٹریلیا", "أستراليا"],
        ["آسٹریلوی"]
    ),
    country!(
        "NZ",
        [],
        ["New Zealander", "New Zealanders"],
        ["نیوزی لینڈ", "نيوزيلندا"],
        []
    ),
    country!(
        "KZ",
        [],
        ["Kazakh", "Kazakhstani", "Kazakhs"],
        ["قازقستان", "كازاخستان"],
        []
    ),
    country!(
        "UZ",
        [],
        ["Uzbek", "Uzbeks"],
        ["ازبکستان", "أوزبكستان"],
        ["ازبک"]
    ),
    country!("TM", [], ["Turkmen"], ["ترکمانستان", "تركمانستان"], []),
    country!(
        "TJ",
        [],
        ["Tajik", "Tajiks"],
        ["تاجکستان", "طاجيكستان"],
        ["تاجک"]
    ),
    country!("KG", [], ["Kyrgyz"], ["کرغزستان", "قيرغيزستان"], []),
    country!(
        "AZ",
        [],
        ["Azerbaijani", "Azeri", "Azerbaijanis"],
        ["آذربائیجان", "أذربيجان", "آذربایجان"],
        ["آذری"]
    ),
    country!(
        "AM",
        [],
        ["Armenian", "Armenians"],
        ["آرمینیا", "أرمينيا"],
        []
    ),
    country!(
        "GE",
        [],
        ["Georgian", "Georgians"],
        ["جارجیا", "جورجيا"],
        []
    ),
];

/// What kind of area a hand-written region entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaKind {
    /// A sea or an ocean.
    Sea,
    /// A gulf or a bay.
    Gulf,
    /// A strait or a canal.
    Strait,
    /// A land region spanning or inside countries.
    Region,
}

/// A sea, gulf, strait or region with a rough centroid.
pub struct Area {
    /// Canonical English name.
    pub name: &'static str,
    /// Kind of area.
    pub kind: AreaKind,
    /// Other names, English and Arabic script.
    pub aliases: &'static [&'static str],
    /// ISO2 code when the area lies in one country.
    pub country: &'static str,
    /// Rough centroid latitude.
    pub lat: f64,
    /// Rough centroid longitude.
    pub lon: f64,
}

macro_rules! area {
    ($name:literal, $kind:ident, [$($a:literal),*], $cc:literal, $lat:literal, $lon:literal) => {
        Area { name: $name, kind: AreaKind::$kind, aliases: &[$($a),*], country: $cc, lat: $lat, lon: $lon }
    };
}

/// Seas, gulfs, straits and regions of defence news (rough centroids, hand-placed).
pub const AREAS: &[Area] = &[
    area!(
        "Mediterranean Sea",
        Sea,
        [
            "Mediterranean",
            "بحیرہ روم",
            "البحر المتوسط",
            "البحر الأبيض المتوسط"
        ],
        "",
        35.0,
        18.0
    ),
    area!(
        "Red Sea",
        Sea,
        ["بحیرہ احمر", "البحر الأحمر"],
        "",
        20.0,
        38.5
    ),
    area!(
        "Arabian Sea",
        Sea,
        ["بحیرہ عرب", "بحر العرب"],
        "",
        15.0,
        65.0
    ),
    area!(
        "Black Sea",
        Sea,
        ["البحر الأسود", "بحیرہ اسود"],
        "",
        43.0,
        35.0
    ),
    area!(
        "Caspian Sea",
        Sea,
        ["بحر قزوين", "بحیرہ کیسپین"],
        "",
        41.5,
        51.0
    ),
    area!("Aegean Sea", Sea, ["Aegean"], "", 38.5, 25.0),
    area!("Adriatic Sea", Sea, ["Adriatic"], "", 43.0, 15.5),
    area!("Ionian Sea", Sea, [], "", 38.0, 19.0),
    area!("Baltic Sea", Sea, ["Baltic"], "", 58.0, 20.0),
    area!("North Sea", Sea, [], "", 56.0, 3.0),
    area!("Sea of Azov", Sea, [], "", 46.0, 36.5),
    area!(
        "South China Sea",
        Sea,
        ["بحیرہ جنوبی چین", "بحر الصين الجنوبي"],
        "",
        12.0,
        113.0
    ),
    area!("East China Sea", Sea, [], "", 29.0, 125.0),
    area!("Yellow Sea", Sea, [], "", 35.5, 123.0),
    area!("Sea of Japan", Sea, ["East Sea"], "", 40.0, 135.0),
    area!("Philippine Sea", Sea, [], "", 20.0, 130.0),
    area!("Andaman Sea", Sea, [], "", 10.0, 96.0),
    area!("Caribbean Sea", Sea, ["Caribbean"], "", 15.0, -75.0),
    area!("Barents Sea", Sea, [], "", 74.0, 40.0),
    area!(
        "Indian Ocean",
        Sea,
        ["بحر ہند", "المحيط الهندي"],
        "",
        -20.0,
        80.0
    ),
    area!(
        "Atlantic Ocean",
        Sea,
        ["Atlantic", "المحيط الأطلسي", "بحر اوقیانوس"],
        "",
        0.0,
        -30.0
    ),
    area!(
        "Pacific Ocean",
        Sea,
        ["Pacific", "المحيط الهادئ", "بحر الکاہل"],
        "",
        0.0,
        -160.0
    ),
    area!("Arctic Ocean", Sea, ["Arctic"], "", 85.0, 0.0),
    area!("Southern Ocean", Sea, [], "", -62.0, 0.0),
    area!(
        "Persian Gulf",
        Gulf,
        [
            "Arabian Gulf",
            "خلیج فارس",
            "الخليج العربي",
            "الخليج الفارسي"
        ],
        "",
        27.0,
        51.0
    ),
    area!(
        "Gulf of Oman",
        Gulf,
        ["Sea of Oman", "خلیج عمان", "خليج عمان"],
        "",
        24.5,
        58.5
    ),
    area!(
        "Gulf of Aden",
        Gulf,
        ["خلیج عدن", "خليج عدن"],
        "",
        12.5,
        48.0
    ),
    area!(
        "Gulf of Sidra",
        Gulf,
        ["Gulf of Sirte", "خليج سرت"],
        "LY",
        31.5,
        18.5
    ),
    area!("Gulf of Suez", Gulf, [], "EG", 28.8, 33.0),
    area!("Gulf of Aqaba", Gulf, [], "", 28.8, 34.7),
    area!("Gulf of Guinea", Gulf, [], "", 2.0, 3.0),
    area!("Gulf of Mexico", Gulf, ["Gulf of America"], "", 25.0, -90.0),
    area!("Gulf of Finland", Gulf, [], "", 60.0, 26.0),
    area!(
        "Bay of Bengal",
        Gulf,
        ["خلیج بنگال", "خليج البنغال"],
        "",
        15.0,
        88.0
    ),
    area!(
        "Strait of Hormuz",
        Strait,
        ["Hormuz Strait", "آبنائے ہرمز", "مضيق هرمز", "تنگه هرمز"],
        "",
        26.6,
        56.3
    ),
    area!(
        "Bab el-Mandeb",
        Strait,
        [
            "Bab-el-Mandeb",
            "Bab al-Mandab",
            "Bab el Mandeb",
            "مضيق باب المندب",
            "باب المندب"
        ],
        "",
        12.6,
        43.3
    ),
    area!(
        "Strait of Malacca",
        Strait,
        ["Malacca Strait", "Straits of Malacca"],
        "",
        4.0,
        100.5
    ),
    area!("Strait of Gibraltar", Strait, [], "", 35.95, -5.6),
    area!("Taiwan Strait", Strait, ["Formosa Strait"], "", 24.5, 119.5),
    area!(
        "Bosphorus",
        Strait,
        ["Bosporus", "Istanbul Strait"],
        "TR",
        41.1,
        29.05
    ),
    area!("Dardanelles", Strait, [], "TR", 40.2, 26.4),
    area!("Kerch Strait", Strait, [], "", 45.3, 36.5),
    area!(
        "Suez Canal",
        Strait,
        ["نہر سویز", "قناة السويس"],
        "EG",
        30.5,
        32.35
    ),
    area!("Panama Canal", Strait, [], "PA", 9.1, -79.7),
    area!(
        "North Africa",
        Region,
        ["Northern Africa", "شمالی افریقہ", "شمال أفريقيا"],
        "",
        27.0,
        14.0
    ),
    area!(
        "Middle East",
        Region,
        ["Mideast", "مشرق وسطیٰ", "مشرق وسطی", "الشرق الأوسط"],
        "",
        29.0,
        42.0
    ),
    area!(
        "South Asia",
        Region,
        ["جنوبی ایشیا", "جنوب آسيا"],
        "",
        22.0,
        79.0
    ),
    area!(
        "Central Asia",
        Region,
        ["وسطی ایشیا", "آسيا الوسطى"],
        "",
        43.0,
        65.0
    ),
    area!(
        "Southeast Asia",
        Region,
        ["South-East Asia", "South East Asia"],
        "",
        10.0,
        106.0
    ),
    area!("East Asia", Region, [], "", 35.0, 115.0),
    area!("Asia-Pacific", Region, ["Asia Pacific"], "", 10.0, 130.0),
    area!("Indo-Pacific", Region, ["Indo Pacific"], "", 0.0, 110.0),
    area!("Sahel", Region, ["الساحل"], "", 15.0, 5.0),
    area!("Horn of Africa", Region, ["القرن الأفريقي"], "", 8.0, 46.0),
    area!("West Africa", Region, ["Western Africa"], "", 12.0, -3.0),
    area!("East Africa", Region, ["Eastern Africa"], "", 0.0, 37.0),
    area!("Sub-Saharan Africa", Region, [], "", 0.0, 20.0),
    area!(
        "Maghreb",
        Region,
        ["Maghrib", "المغرب العربي"],
        "",
        31.0,
        2.0
    ),
    area!("Levant", Region, ["Levantine", "المشرق"], "", 33.5, 36.0),
    area!(
        "Gulf region",
        Region,
        ["Gulf", "خلیج", "الخليج"],
        "",
        25.5,
        51.5
    ),
    area!(
        "Arabian Peninsula",
        Region,
        ["جزیرہ نما عرب", "شبه الجزيرة العربية"],
        "",
        23.0,
        46.0
    ),
    area!("Balkans", Region, ["Balkan"], "", 43.0, 21.0),
    area!(
        "Caucasus",
        Region,
        ["South Caucasus", "North Caucasus"],
        "",
        42.5,
        44.5
    ),
    area!("Eastern Europe", Region, [], "", 50.0, 28.0),
    area!("Western Europe", Region, [], "", 48.0, 5.0),
    area!("Latin America", Region, [], "", -10.0, -60.0),
    area!(
        "Kashmir",
        Region,
        ["Jammu and Kashmir", "کشمیر", "كشمير"],
        "",
        34.0,
        75.5
    ),
    area!(
        "Gaza Strip",
        Region,
        ["Gaza strip", "قطاع غزة", "غزہ کی پٹی"],
        "PS",
        31.4,
        34.4
    ),
    area!(
        "West Bank",
        Region,
        ["الضفة الغربية", "مغربی کنارہ"],
        "PS",
        31.9,
        35.25
    ),
    area!(
        "Golan Heights",
        Region,
        ["Golan", "هضبة الجولان"],
        "",
        33.0,
        35.75
    ),
    area!(
        "Sinai",
        Region,
        ["Sinai Peninsula", "سيناء"],
        "EG",
        29.5,
        33.8
    ),
    area!(
        "Crimea",
        Region,
        ["Crimean Peninsula", "کریمیا", "القرم"],
        "UA",
        45.3,
        34.4
    ),
    area!("Donbas", Region, ["Donbass"], "UA", 48.0, 38.0),
    area!(
        "Balochistan",
        Region,
        ["Baluchistan", "بلوچستان"],
        "PK",
        28.5,
        65.5
    ),
    area!(
        "Khyber Pakhtunkhwa",
        Region,
        ["خیبر پختونخوا"],
        "PK",
        34.5,
        72.0
    ),
    area!(
        "Gilgit-Baltistan",
        Region,
        ["گلگت بلتستان"],
        "PK",
        35.8,
        74.9
    ),
    area!("Cyrenaica", Region, ["برقة"], "LY", 31.0, 22.0),
    area!("Fezzan", Region, ["فزان"], "LY", 26.0, 14.0),
    area!("Tripolitania", Region, [], "LY", 31.5, 13.5),
    area!("Kurdistan", Region, [], "", 36.5, 44.0),
];
