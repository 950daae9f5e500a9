//! Language identification on short news-like sentences written for these tests.

use dossier_text::{detect_language, LanguageGuess, SUPPORTED_LANGUAGES};

/// Short sentences per language, about the fictional kingdoms of Arnor and Gondor and their
/// neighbours.
pub const SAMPLES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "The defence minister met his counterparts in the capital yesterday.",
            "The talks focused on regional security.",
            "The government announced a new military agreement.",
            "According to a spokesman, cooperation will continue.",
            "Troops crossed the river at dawn.",
            "Gondor's navy sailed north.",
        ],
    ),
    (
        "ur",
        &[
            "وزیر اعظم نے آج اسلام آباد میں فوجی حکام سے ملاقات کی۔",
            "اجلاس میں علاقائی سلامتی کی صورتحال پر تبادلہ خیال کیا گیا۔",
            "حکومت نے نئے دفاعی معاہدے کا اعلان کیا ہے۔",
            "بحریہ کے سربراہ نے کہا کہ تعاون جاری رہے گا۔",
            "فوج نے سرحد پر گشت بڑھا دیا۔",
            "وزیر خارجہ کل روانہ ہوں گے۔",
        ],
    ),
    (
        "ar",
        &[
            "التقى رئيس الوزراء اليوم بقادة الجيش في العاصمة.",
            "ناقش الاجتماع الوضع الأمني في المنطقة.",
            "أعلنت الحكومة عن اتفاقية دفاعية جديدة.",
            "قال قائد البحرية إن التعاون سيستمر.",
            "عبرت القوات النهر عند الفجر.",
            "وصل وزير الخارجية إلى المدينة مساء أمس.",
        ],
    ),
    (
        "fa",
        &[
            "نخست وزیر امروز با فرماندهان ارتش در پایتخت دیدار کرد.",
            "در این نشست وضعیت امنیتی منطقه بررسی شد.",
            "دولت از یک توافق دفاعی جدید خبر داد.",
            "فرمانده نیروی دریایی گفت که همکاری ادامه خواهد داشت.",
            "نیروها سحرگاه از رودخانه گذشتند.",
            "وزیر خارجه دیروز به شهر رسید.",
        ],
    ),
    (
        "hi",
        &[
            "प्रधानमंत्री ने आज राजधानी में सेना के अधिकारियों से मुलाकात की।",
            "बैठक में क्षेत्रीय सुरक्षा की स्थिति पर चर्चा हुई।",
            "सरकार ने एक नए रक्षा समझौते की घोषणा की है।",
            "नौसेना प्रमुख ने कहा कि सहयोग जारी रहेगा।",
            "सैनिकों ने सुबह नदी पार की।",
            "विदेश मंत्री कल शहर पहुंचे।",
        ],
    ),
    (
        "fr",
        &[
            "Le ministre de la Défense a rencontré hier ses homologues à Paris.",
            "Les discussions ont porté sur la sécurité régionale.",
            "Le gouvernement a annoncé un nouvel accord militaire.",
            "Selon le porte-parole, la coopération va se poursuivre.",
            "Les troupes ont traversé le fleuve à l'aube.",
            "Le ministre est arrivé hier soir.",
        ],
    ),
    (
        "de",
        &[
            "Der Verteidigungsminister traf gestern seine Amtskollegen in Berlin.",
            "Die Gespräche drehten sich um die regionale Sicherheit.",
            "Die Regierung kündigte ein neues Militärabkommen an.",
            "Nach Angaben des Sprechers wird die Zusammenarbeit fortgesetzt.",
            "Die Truppen überquerten im Morgengrauen den Fluss.",
            "Der Minister kam gestern Abend an.",
        ],
    ),
    (
        "es",
        &[
            "El ministro de Defensa se reunió ayer con sus homólogos en Madrid.",
            "Las conversaciones se centraron en la seguridad regional.",
            "El gobierno anunció un nuevo acuerdo militar.",
            "Según el portavoz, la cooperación continuará.",
            "Las tropas cruzaron el río al amanecer.",
            "El ministro llegó anoche a la ciudad.",
        ],
    ),
    (
        "pt",
        &[
            "O ministro da Defesa reuniu-se ontem com os seus homólogos em Lisboa.",
            "As conversações centraram-se na segurança regional.",
            "O governo anunciou um novo acordo militar.",
            "Segundo o porta-voz, a cooperação vai continuar.",
            "As tropas atravessaram o rio ao amanhecer.",
            "O ministro chegou ontem à noite à cidade.",
        ],
    ),
    (
        "it",
        &[
            "Il ministro della Difesa ha incontrato ieri i suoi omologhi a Roma.",
            "I colloqui si sono concentrati sulla sicurezza regionale.",
            "Il governo ha annunciato un nuovo accordo militare.",
            "Secondo il portavoce, la cooperazione continuerà.",
            "Le truppe hanno attraversato il fiume all'alba.",
            "Il ministro è arrivato ieri sera in città.",
        ],
    ),
    (
        "ru",
        &[
            "Министр обороны вчера встретился с коллегами в Москве.",
            "Переговоры были посвящены региональной безопасности.",
            "Правительство объявило о новом военном соглашении.",
            "По словам представителя, сотрудничество продолжится.",
            "Войска переправились через реку на рассвете.",
            "Министр прибыл в город вчера вечером.",
        ],
    ),
    (
        "uk",
        &[
            "Міністр оборони вчора зустрівся з колегами в Києві.",
            "Переговори стосувалися регіональної безпеки.",
            "Уряд оголосив про нову військову угоду.",
            "За словами речника, співпраця триватиме.",
            "Війська переправилися через річку на світанку.",
            "Міністр прибув до міста вчора ввечері.",
        ],
    ),
    (
        "zh",
        &[
            "国防部长昨天在北京会见了各国同行。",
            "会谈主要讨论了地区安全问题。",
            "政府宣布了一项新的军事协议。",
            "发言人表示，双方合作将继续进行。",
            "部队黎明时渡过了河。",
            "外交部长昨晚抵达该市。",
        ],
    ),
    (
        "ja",
        &[
            "防衛大臣は昨日、東京で各国の担当者と会談した。",
            "会談では地域の安全保障について話し合われた。",
            "政府は新しい防衛協定を発表した。",
            "報道官によると、協力は今後も続くという。",
            "部隊は夜明けに川を渡った。",
            "外務大臣は昨夜市内に到着した。",
        ],
    ),
    (
        "ko",
        &[
            "국방부 장관은 어제 서울에서 각국 대표들과 만났다.",
            "회담에서는 지역 안보 문제가 논의되었다.",
            "정부는 새로운 군사 협정을 발표했다.",
            "대변인에 따르면 협력은 계속될 것이다.",
            "부대는 새벽에 강을 건넜다.",
            "외교부 장관은 어젯밤 도시에 도착했다.",
        ],
    ),
    (
        "tr",
        &[
            "Savunma Bakanı dün Ankara'da mevkidaşlarıyla görüştü.",
            "Görüşmelerde bölgesel güvenlik ele alındı.",
            "Hükümet yeni bir askeri anlaşma açıkladı.",
            "Sözcüye göre işbirliği devam edecek.",
            "Askerler şafakta nehri geçti.",
            "Bakan dün akşam şehre ulaştı.",
        ],
    ),
    (
        "id",
        &[
            "Menteri Pertahanan bertemu dengan rekan-rekannya di Jakarta kemarin.",
            "Pembicaraan itu berfokus pada keamanan regional.",
            "Pemerintah mengumumkan perjanjian militer baru.",
            "Menurut juru bicara, kerja sama akan terus berlanjut.",
            "Pasukan menyeberangi sungai saat fajar.",
            "Menteri tiba di kota tadi malam.",
        ],
    ),
    (
        "bn",
        &[
            "প্রতিরক্ষামন্ত্রী গতকাল ঢাকায় তার সমকক্ষদের সঙ্গে বৈঠক করেছেন।",
            "আলোচনায় আঞ্চলিক নিরাপত্তা নিয়ে কথা হয়েছে।",
            "সরকার একটি নতুন সামরিক চুক্তি ঘোষণা করেছে।",
            "মুখপাত্র বলেছেন সহযোগিতা অব্যাহত থাকবে।",
            "সৈন্যরা ভোরে নদী পার হয়েছে।",
            "পররাষ্ট্রমন্ত্রী গতকাল রাতে শহরে পৌঁছেছেন।",
        ],
    ),
    (
        "he",
        &[
            "שר הביטחון נפגש אתמול עם עמיתיו בירושלים.",
            "השיחות עסקו בביטחון האזורי.",
            "הממשלה הודיעה על הסכם צבאי חדש.",
            "לדברי הדובר, שיתוף הפעולה יימשך.",
            "הכוחות חצו את הנהר עם שחר.",
            "השר הגיע לעיר אמש.",
        ],
    ),
    (
        "el",
        &["Ο υπουργός Άμυνας συναντήθηκε χθες με τους ομολόγους του."],
    ),
    ("th", &["รัฐมนตรีกลาโหมพบกับเจ้าหน้าที่เมื่อวานนี้"]),
    (
        "ps",
        &[
            "د دفاع وزیر پرون له خپلو همکارانو سره ولیدل او ټینګار یې وکړ.",
            "پوځ پوله کې ګزمې زیاتې کړې.",
        ],
    ),
];

#[test]
fn every_sample_sentence_is_identified() {
    let mut wrong = Vec::new();
    for (lang, sentences) in SAMPLES {
        assert!(SUPPORTED_LANGUAGES.contains(lang), "{lang} not listed");
        for sentence in *sentences {
            let guess = detect_language(sentence);
            if guess.lang != *lang {
                wrong.push(format!("{lang} -> {guess:?}: {sentence}"));
            }
            assert!((0.0..=1.0).contains(&guess.confidence));
        }
        let paragraph = sentences.join(" ");
        let guess = detect_language(&paragraph);
        assert_eq!(guess.lang, *lang, "paragraph {paragraph}");
        assert!(guess.confidence > 0.5, "{guess:?} for {paragraph}");
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn urdu_arabic_and_persian_are_told_apart_on_short_fragments() {
    let mut right = 0;
    let mut total = 0;
    for (lang, sentences) in SAMPLES
        .iter()
        .filter(|(l, _)| ["ur", "ar", "fa"].contains(l))
    {
        for sentence in *sentences {
            let fragment: Vec<&str> = sentence.split_whitespace().take(3).collect();
            total += 1;
            if detect_language(&fragment.join(" ")).lang == *lang {
                right += 1;
            }
        }
    }
    assert!(right * 10 >= total * 9, "{right}/{total}");
}

#[test]
fn too_little_language_is_undetermined() {
    for text in [
        "",
        "   ",
        "12,345 — 2025-07-18",
        "https://example.org/a/b?c=1",
        "pic.twitter.com/YBmWX8m8rL",
        "@GondorNews #Arnor",
        "ab 12",
        "info@example.org 42",
        "۔۔ ١٢٣",
    ] {
        assert_eq!(
            detect_language(text),
            LanguageGuess::UNDETERMINED,
            "{text:?}"
        );
    }
    assert!(!LanguageGuess::UNDETERMINED.is_determined());
}

#[test]
fn mixed_text_is_judged_by_its_dominant_script() {
    let post = "وزیر اعظم نے آج فوجی حکام سے ملاقات کی اور سرحدی سلامتی پر بات کی… \
                pic.twitter.com/AbC123 — Gondor News (@GondorNews) July 18, 2025";
    assert_eq!(detect_language(post).lang, "ur");
    let english = "The minister said the accord, called «اتفاق» locally, would be signed.";
    assert_eq!(detect_language(english).lang, "en");
    let japanese = "防衛大臣は昨日、東京で会談した。";
    assert_eq!(detect_language(japanese).lang, "ja");
}

#[test]
fn urdu_only_letters_overrule_the_model() {
    // Two words, with the Urdu-only letters ے and ں.
    assert_eq!(detect_language("ملاقاتیں ہوئے").lang, "ur");
}
