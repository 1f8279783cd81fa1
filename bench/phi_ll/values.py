"""Values for set L: invented people of many origins, their names in several forms, and look-alikes.

``identifiers(rng)`` builds one invented household and context per note (patient, relatives, an elder,
interpreter, community health worker, clinicians; dates, places, every kind of ID). ``lookalikes(rng)``
is clinical and administrative filler that is not PHI. Only ``rng`` is used, never ``random``.
"""

from __future__ import annotations

import datetime as dt
import random

from mediflow.quality.phi_types import PhiType as P

Value = tuple[P | None, str]

_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _a(rng: random.Random, n: int, alphabet: str = _UP) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _c(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


# --- people ----------------------------------------------------------------------------------------


def _person(
    given,
    family,
    *,
    middle="",
    family_first=False,
    native="",
    alt="",
    pref="",
    sex="F",
    lang="",
    code="",
    country="",
    full="",
    reg="",
    mono=False,
):
    if not full:
        parts = [family, middle, given] if family_first else [given, middle, family]
        full = " ".join(x for x in parts if x)
    if not reg:
        reg = f"{given}, {given}" if mono else f"{family}, {given}" + (f" {middle}" if middle else "")
    return {
        "given": given,
        "family": family or given,
        "full": full,
        "reg": reg,
        "caps": reg.upper(),
        "native": native or alt or full,
        "alt": alt or full,
        "pref": pref or given.split()[0],
        "sex": sex,
        "lang": lang,
        "code": code,
        "country": country,
        "initials": f"{given[0]}. {family or given}",
        "middle": middle,
    }


def _vi(rng, sex):
    fam = _c(
        rng,
        [
            ("Nguyễn", "Nguyen"),
            ("Trần", "Tran"),
            ("Lê", "Le"),
            ("Phạm", "Pham"),
            ("Hoàng", "Hoang"),
            ("Võ", "Vo"),
            ("Đặng", "Dang"),
            ("Bùi", "Bui"),
            ("Đỗ", "Do"),
            ("Huỳnh", "Huynh"),
            ("Phan", "Phan"),
            ("Dương", "Duong"),
        ],
    )
    mid = _c(
        rng,
        [("Thị", "Thi"), ("Ngọc", "Ngoc"), ("Thu", "Thu"), ("Kim", "Kim")]
        if sex == "F"
        else [("Văn", "Van"), ("Đức", "Duc"), ("Minh", "Minh"), ("Hữu", "Huu"), ("Quốc", "Quoc")],
    )
    giv = _c(
        rng,
        [
            ("Lan", "Lan"),
            ("Hoa", "Hoa"),
            ("Phương", "Phuong"),
            ("Mai", "Mai"),
            ("Linh", "Linh"),
            ("Hạnh", "Hanh"),
            ("Thảo", "Thao"),
            ("Hằng", "Hang"),
        ]
        if sex == "F"
        else [
            ("Tuấn", "Tuan"),
            ("Dũng", "Dung"),
            ("Thành", "Thanh"),
            ("Khoa", "Khoa"),
            ("Bảo", "Bao"),
            ("Hùng", "Hung"),
            ("Long", "Long"),
            ("Phúc", "Phuc"),
        ],
    )
    return _person(
        giv[1],
        fam[1],
        middle=mid[1],
        family_first=True,
        native=f"{fam[0]} {mid[0]} {giv[0]}",
        alt=_c(rng, [f"{giv[1]} {fam[1]}", f"{mid[1]} {giv[1]} {fam[1]}", f"{giv[1]} {mid[1]} {fam[1]}"]),
        pref=_c(rng, [giv[1], "Lily", "Tony", "Kevin", "Vicky", "Jenny", "Danny", "Anna"]),
        sex=sex,
        lang="Vietnamese",
        code="vie",
        country="Viet Nam",
    )


def _zh(rng, sex):
    fam = _c(
        rng,
        [
            ("Zhang", "张"),
            ("Wang", "王"),
            ("Li", "李"),
            ("Liu", "刘"),
            ("Chen", "陈"),
            ("Zhao", "赵"),
            ("Huang", "黄"),
            ("Zhou", "周"),
            ("Wu", "吴"),
            ("Xu", "徐"),
            ("Sun", "孙"),
            ("Ma", "马"),
        ],
    )
    giv = _c(
        rng,
        [
            ("Xiuying", "秀英"),
            ("Fang", "芳"),
            ("Jing", "静"),
            ("Min", "敏"),
            ("Hui", "慧"),
            ("Yan", "燕"),
            ("Xiaomei", "晓梅"),
        ]
        if sex == "F"
        else [
            ("Wei", "伟"),
            ("Lei", "磊"),
            ("Jun", "军"),
            ("Yang", "洋"),
            ("Jianguo", "建国"),
            ("Qiang", "强"),
            ("Hao", "浩"),
            ("Zhiming", "志明"),
        ],
    )
    ff = rng.random() < 0.5
    return _person(
        giv[0],
        fam[0],
        family_first=ff,
        native=fam[1] + giv[1],
        alt=f"{giv[0]} {fam[0]}" if ff else f"{fam[0]} {giv[0]}",
        pref=_c(rng, [giv[0], "Grace", "Helen", "Amy", "David", "Michael", "Jack"]),
        sex=sex,
        lang="Mandarin",
        code="cmn",
        country="China",
    )


def _yue(rng, sex):
    fam = _c(
        rng,
        [
            ("Chan", "陳", "Chen"),
            ("Wong", "黃", "Huang"),
            ("Cheung", "張", "Zhang"),
            ("Leung", "梁", "Liang"),
            ("Lau", "劉", "Liu"),
            ("Ng", "吳", "Wu"),
            ("Chow", "周", "Zhou"),
            ("Yip", "葉", "Ye"),
            ("Kwok", "郭", "Guo"),
            ("Tse", "謝", "Xie"),
            ("Lam", "林", "Lin"),
        ],
    )
    giv = _c(
        rng,
        [
            ("Mei-ling", "美玲"),
            ("Wing-yee", "詠儀"),
            ("Siu-fong", "小芳"),
            ("Ka-yan", "嘉欣"),
            ("Yuk-lan", "玉蘭"),
        ]
        if sex == "F"
        else [
            ("Tai-man", "大文"),
            ("Siu-ming", "小明"),
            ("Ka-wai", "家偉"),
            ("Chi-keung", "志強"),
            ("Kwok-wing", "國榮"),
        ],
    )
    eng = _c(
        rng,
        ["Mabel", "Winnie", "Agnes", "Florence", "Queenie"]
        if sex == "F"
        else ["Peter", "Kenneth", "Raymond", "Wilson", "Edmond"],
    )
    full = _c(rng, [f"{fam[0]} {giv[0]}", f"{eng} {fam[0]} {giv[0]}", f"{eng} {giv[0]} {fam[0]}"])
    return _person(
        giv[0],
        fam[0],
        full=full,
        native=fam[1] + giv[1],
        alt=_c(
            rng,
            [
                f"{fam[2]} {giv[0].replace('-', '')}",
                f"{eng} {fam[0]}",
                f"{giv[0].replace('-', ' ')} {fam[0]}",
            ],
        ),
        pref=eng,
        sex=sex,
        lang="Cantonese",
        code="yue",
        country="Hong Kong SAR",
    )


def _ko(rng, sex):
    fam = _c(
        rng,
        [
            ("Kim", "김", "Gim"),
            ("Lee", "이", "Yi"),
            ("Park", "박", "Pak"),
            ("Choi", "최", "Choe"),
            ("Jung", "정", "Chung"),
            ("Kang", "강", "Kang"),
            ("Cho", "조", "Jo"),
            ("Yoon", "윤", "Yun"),
            ("Han", "한", "Hahn"),
            ("Shin", "신", "Sin"),
        ],
    )
    giv = _c(
        rng,
        [
            ("Seo-yeon", "서연"),
            ("Hye-jin", "혜진"),
            ("Soon-ja", "순자"),
            ("Eun-ji", "은지"),
            ("Mi-kyung", "미경"),
            ("Ji-woo", "지우"),
        ]
        if sex == "F"
        else [
            ("Min-jun", "민준"),
            ("Ji-hoon", "지훈"),
            ("Young-ho", "영호"),
            ("Sung-min", "성민"),
            ("Dong-hyun", "동현"),
            ("Jae-won", "재원"),
        ],
    )
    a, b = giv[0].split("-")
    return _person(
        giv[0],
        fam[0],
        family_first=rng.random() < 0.4,
        native=fam[1] + giv[1],
        alt=_c(rng, [f"{a}{b} {fam[2]}", f"{a} {b.title()} {fam[0]}", f"{fam[2]} {a}{b}"]),
        pref=_c(rng, [giv[0], "Grace", "Esther", "Sarah", "Daniel", "Paul", "John"]),
        sex=sex,
        lang="Korean",
        code="kor",
        country="Republic of Korea",
    )


def _fil(rng, sex):
    giv = _c(
        rng,
        ["Maria Luisa", "Rowena", "Maricel", "Analyn", "Ma. Cristina", "Jocelyn", "Lourdes"]
        if sex == "F"
        else ["Jose Mari", "Jericho", "Rodrigo", "Reynaldo", "Efren", "Danilo", "Ferdinand"],
    )
    mid = _c(rng, ["Santos", "Reyes", "Bautista", "Garcia", "Ocampo", "Aquino", "Manalo"])
    fam = _c(
        rng,
        [
            "dela Cruz",
            "Villanueva",
            "Macaraeg",
            "Dimaculangan",
            "de los Santos",
            "Mendoza",
            "Pangilinan",
            "Tolentino",
            "Sta. Maria",
            "Dizon",
        ],
    )
    nick = _c(
        rng,
        ["Baby", "Bing", "Lyn", "Weng", "Ching", "Joy"]
        if sex == "F"
        else ["Bong", "Jun-Jun", "Dodong", "Boy", "Jojo", "Toto"],
    )
    return _person(
        giv,
        fam,
        middle=mid,
        alt=_c(rng, [f"{giv} {mid[0]}. {fam}", f"{giv} {fam.replace(' ', '').title()}", f"{giv} {mid}"]),
        pref=nick,
        sex=sex,
        lang="Tagalog",
        code="tgl",
        country="Philippines",
    )


def _hi(rng, sex):
    giv = _c(
        rng,
        ["Priya", "Sunita", "Kavita", "Anjali", "Pooja", "Rekha"]
        if sex == "F"
        else ["Rajesh", "Anil", "Deepak", "Sanjay", "Vikram", "Ramesh"],
    )
    fam = _c(rng, ["Sharma", "Gupta", "Verma", "Mishra", "Agarwal", "Yadav", "Patel", "Trivedi"])
    mid = "Devi" if sex == "F" else "Kumar"
    return _person(
        giv,
        fam,
        alt=_c(rng, [f"{giv} {mid}", f"{giv} {mid} {fam}"]),
        sex=sex,
        lang="Hindi",
        code="hin",
        country="India",
    )


def _ta(rng, sex):
    giv = _c(
        rng,
        ["Lakshmi", "Meenakshi", "Divya", "Kavitha", "Revathi", "Sangeetha"]
        if sex == "F"
        else ["Karthik", "Senthil", "Arun", "Murugan", "Saravanan", "Prakash"],
    )
    fa = _c(rng, ["Ramasamy", "Subramanian", "Krishnan", "Venkatesan", "Natarajan", "Palanisamy", "Arumugam"])
    return _person(
        giv,
        fa,
        alt=_c(rng, [f"{fa[0]}. {giv}", f"{giv} {fa[0]}", f"{fa} {giv}"]),
        sex=sex,
        lang="Tamil",
        code="tam",
        country="India",
    )


def _pa(rng, sex):
    giv = _c(
        rng, ["Gurpreet", "Harjit", "Manpreet", "Jaswinder", "Amandeep", "Simranjit", "Navdeep", "Kulwant"]
    )
    mid = "Kaur" if sex == "F" else "Singh"
    fam = _c(rng, ["Gill", "Sandhu", "Dhillon", "Grewal", "Sidhu", "Brar", "Bains", "Randhawa", ""])
    if fam:
        return _person(
            giv,
            fam,
            middle=mid,
            alt=_c(rng, [f"{giv} {fam}", f"{giv} {mid[0]} {fam}", f"{giv} {mid}"]),
            sex=sex,
            lang="Punjabi",
            code="pan",
            country="India",
        )
    return _person(giv, mid, alt=f"{mid} {giv}", sex=sex, lang="Punjabi", code="pan", country="India")


def _bn(rng, sex):
    giv = _c(
        rng,
        ["Farhana", "Nusrat", "Mousumi", "Tahmina", "Rupa", "Shirin"]
        if sex == "F"
        else ["Sumon", "Tanvir", "Arijit", "Rafiqul", "Debashis", "Mahbub"],
    )
    fam = _c(
        rng,
        [
            ("Chowdhury", "Choudhury"),
            ("Rahman", "Rahaman"),
            ("Mukherjee", "Mukhopadhyay"),
            ("Banerjee", "Bandyopadhyay"),
            ("Das", "Dash"),
            ("Hossain", "Hussain"),
            ("Islam", "Islam"),
            ("Sarkar", "Sircar"),
        ],
    )
    return _person(
        giv, fam[0], alt=f"{giv} {fam[1]}", sex=sex, lang="Bengali", code="ben", country="Bangladesh"
    )


def _ar(rng, sex):
    male = [
        ("Mohammed", "محمد", "Muhammad"),
        ("Ahmad", "أحمد", "Ahmed"),
        ("Omar", "عمر", "Umar"),
        ("Yusuf", "يوسف", "Youssef"),
        ("Khalid", "خالد", "Khaled"),
        ("Hassan", "حسن", "Hasan"),
        ("Ali", "علي", "Aly"),
    ]
    giv = _c(
        rng,
        [
            ("Fatima", "فاطمة", "Fatimah"),
            ("Layla", "ليلى", "Leila"),
            ("Mariam", "مريم", "Maryam"),
            ("Noor", "نور", "Nour"),
            ("Huda", "هدى", "Hoda"),
            ("Amal", "أمل", "Amel"),
        ]
        if sex == "F"
        else male,
    )
    fa = _c(rng, male)
    fam = _c(
        rng,
        [
            ("al-Masri", "المصري", "Elmasri"),
            ("Al-Harbi", "الحربي", "Harbi"),
            ("Haddad", "حداد", "Hadad"),
            ("Abboud", "عبود", "Aboud"),
            ("Al-Rashid", "الرشيد", "Alrasheed"),
            ("el-Sayed", "السيد", "Elsayed"),
            ("Al-Khatib", "الخطيب", "Alkhateeb"),
            ("Nasrallah", "نصر الله", "Nasralla"),
        ],
    )
    pt = _c(rng, ["bin", "ibn"]) if sex == "M" else "bint"
    native_pt = "بن" if sex == "M" else "بنت"
    if rng.random() < 0.5:
        mid, native = f"{pt} {fa[0]}", f"{giv[1]} {native_pt} {fa[1]} {fam[1]}"
    else:
        mid, native = fa[0], f"{giv[1]} {fa[1]} {fam[1]}"
    return _person(
        giv[0],
        fam[0],
        middle=mid,
        native=native,
        alt=_c(rng, [f"{giv[2]} {fam[2]}", f"{giv[0]} {fa[0]} {fam[2]}", f"{giv[2]} {fa[2]} {fam[0]}"]),
        sex=sex,
        lang="Arabic",
        code="ara",
        country=_c(rng, ["Iraq", "Syria", "Yemen", "Egypt", "Sudan", "Jordan"]),
    )


def _ms(rng, sex):
    giv = _c(
        rng,
        ["Nurul Aisyah", "Siti Hajar", "Nur Izzati", "Siti Aminah"]
        if sex == "F"
        else ["Muhammad Hafiz", "Ahmad Faiz", "Mohd Azlan", "Mohd Ridzuan"],
    )
    fa = _c(rng, ["Ismail", "Abdullah", "Rahman", "Yusof", "Hamzah", "Osman"])
    pt = "binti" if sex == "F" else "bin"
    return _person(
        giv,
        fa,
        middle=f"{pt} {fa}",
        full=f"{giv} {pt} {fa}",
        reg=f"{fa}, {giv}",
        alt=_c(rng, [f"{giv} {fa}", f"{giv.split()[-1]} {pt} {fa}"]),
        sex=sex,
        lang="Malay",
        code="msa",
        country="Malaysia",
    )


def _fa(rng, sex):
    giv = _c(
        rng,
        [("Shirin", "شیرین"), ("Parisa", "پریسا"), ("Maryam", "مریم"), ("Nasrin", "نسرین"), ("Leila", "لیلا")]
        if sex == "F"
        else [
            ("Farhad", "فرهاد"),
            ("Reza", "رضا"),
            ("Mohammadreza", "محمدرضا"),
            ("Dariush", "داریوش"),
            ("Kourosh", "کوروش"),
        ],
    )
    fam = _c(
        rng,
        [
            ("Hosseini", "حسینی", "Hoseini"),
            ("Karimi", "کریمی", "Karimy"),
            ("Ahmadi", "احمدی", "Ahmady"),
            ("Rostami", "رستمی", "Rostamy"),
            ("Tehrani", "تهرانی", "Tehrany"),
            ("Mousavi", "موسوی", "Musavi"),
            ("Ghorbani", "قربانی", "Qorbani"),
        ],
    )
    return _person(
        giv[0],
        fam[0],
        native=f"{giv[1]} {fam[1]}",
        alt=f"{giv[0].replace('Mohammadreza', 'Mohammad Reza')} {fam[2]}",
        sex=sex,
        lang=_c(rng, ["Farsi", "Dari"]),
        code="fas",
        country=_c(rng, ["Iran", "Afghanistan"]),
    )


_SO_MAP = {
    "Abdi": "Cabdi",
    "Mohamed": "Maxamed",
    "Hassan": "Xasan",
    "Cabdullaahi": "Abdullahi",
    "Faadumo": "Fadumo",
    "Xaliimo": "Halima",
    "Nuur": "Nur",
    "Jama": "Jaamac",
    "Osman": "Cismaan",
    "Yusuf": "Yuusuf",
    "Ali": "Cali",
    "Farah": "Faarax",
    "Abdirahman": "Cabdiraxmaan",
    "Warsame": "Warsame",
    "Liban": "Liibaan",
    "Bashir": "Bashiir",
}


def _so(rng, sex):
    males = [
        "Abdi",
        "Mohamed",
        "Hassan",
        "Cabdullaahi",
        "Bashir",
        "Abdirahman",
        "Liban",
        "Warsame",
        "Farah",
        "Nuur",
        "Jama",
        "Osman",
        "Yusuf",
        "Ali",
    ]
    giv = _c(
        rng,
        ["Hodan", "Faadumo", "Ayaan", "Ifrah", "Sahra", "Xaliimo", "Deeqa", "Hibaaq"]
        if sex == "F"
        else males[:7],
    )
    fa, gf = _c(rng, males), _c(rng, males)
    alt = _c(rng, [" ".join(_SO_MAP.get(w, w) for w in (giv, fa, gf)), f"{giv} {fa}"])
    return _person(giv, gf, middle=fa, alt=alt, sex=sex, lang="Somali", code="som", country="Somalia")


def _et(rng, sex):
    male = [
        ("Abebe", "አበበ"),
        ("Yonas", "ዮናስ"),
        ("Dawit", "ዳዊት"),
        ("Tesfaye", "ተስፋዬ"),
        ("Bekele", "በቀለ"),
        ("Girma", "ግርማ"),
        ("Alemu", "አለሙ"),
    ]
    giv = _c(
        rng,
        [
            ("Tigist", "ትዕግስት"),
            ("Selam", "ሰላም"),
            ("Mekdes", "መቅደስ"),
            ("Hiwot", "ሕይወት"),
            ("Bethlehem", "ቤተልሔም"),
            ("Meron", "ሜሮን"),
        ]
        if sex == "F"
        else male,
    )
    fa = _c(rng, male)
    return _person(
        giv[0],
        fa[0],
        native=f"{giv[1]} {fa[1]}",
        alt=_c(rng, [f"{fa[0]} {giv[0]}", f"{giv[0]} {fa[0][0]}."]),
        sex=sex,
        lang="Amharic",
        code="amh",
        country="Ethiopia",
    )


def _er(rng, sex):
    giv = _c(
        rng,
        ["Semhar", "Senait", "Luwam", "Saba", "Feven", "Helen"]
        if sex == "F"
        else ["Filmon", "Tesfay", "Yohannes", "Mehari", "Samuel", "Berhane"],
    )
    fa = _c(
        rng,
        [
            ("Gebremedhin", "G/Medhin"),
            ("Tekle", "Teklay"),
            ("Haile", "Hayle"),
            ("Woldemichael", "W/Michael"),
            ("Ghebreyesus", "G/Yesus"),
            ("Kidane", "Kidanu"),
            ("Andemariam", "Ande Mariam"),
        ],
    )
    return _person(giv, fa[0], alt=f"{giv} {fa[1]}", sex=sex, lang="Tigrinya", code="tir", country="Eritrea")


def _wa(rng, sex):
    kind = rng.randrange(3)
    if kind == 0:
        giv = _c(
            rng,
            ["Folake", "Temitope", "Funmilayo", "Oluwakemi", "Bukola", "Adunni"]
            if sex == "F"
            else ["Oluwaseun", "Adebayo", "Babajide", "Olumide", "Ayodele", "Oluwatobi"],
        )
        fam = _c(rng, ["Ogunleye", "Adeyemi", "Oladipo", "Akinwande", "Balogun", "Adebayo-Cole", "Ogundipe"])
        lang, code = "Yoruba", "yor"
    elif kind == 1:
        giv = _c(
            rng,
            ["Ngozi", "Chidinma", "Adaeze", "Nneka", "Chiamaka", "Ifeoma"]
            if sex == "F"
            else ["Chukwuemeka", "Obinna", "Ikenna", "Chinedu", "Nnamdi", "Chibuike"],
        )
        fam = _c(rng, ["Okafor", "Eze", "Nwosu", "Okonkwo", "Obi", "Nwachukwu", "Onyekachi", "Okoye"])
        lang, code = "Igbo", "ibo"
    else:
        giv = _c(
            rng,
            ["Akosua", "Ama", "Abena", "Efua", "Adwoa", "Yaa", "Afua"]
            if sex == "F"
            else ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwaku", "Kojo", "Kwesi"],
        )
        fam = _c(
            rng, ["Mensah", "Boateng", "Asante", "Owusu", "Osei", "Appiah", "Agyeman-Duah", "Ofori-Atta"]
        )
        lang, code = "Twi", "twi"
    eng = _c(
        rng,
        ["Blessing", "Precious", "Patience", "Favour", "Comfort", "Gift", "Peace"]
        if sex == "F"
        else ["Godswill", "Goodluck", "Sunday", "Justice", "Emmanuel", "Lucky", "Innocent"],
    )
    if rng.random() < 0.5:
        return _person(
            eng,
            fam,
            middle=giv,
            pref=eng,
            alt=f"{giv} {fam}",
            sex=sex,
            lang=lang,
            code=code,
            country="Ghana" if code == "twi" else "Nigeria",
        )
    return _person(
        giv,
        fam,
        middle=eng if rng.random() < 0.4 else "",
        alt=f"{eng} {fam}",
        pref=_c(rng, [giv[:4], eng, giv]),
        sex=sex,
        lang=lang,
        code=code,
        country="Ghana" if code == "twi" else "Nigeria",
    )


def _ht(rng, sex):
    giv = _c(
        rng,
        [
            ("Fabienne", "Fabienne"),
            ("Marie-Claude", "Marie Claude"),
            ("Widline", "Widlyne"),
            ("Ketly", "Kettly"),
            ("Nadège", "Nadege"),
            ("Rose-Carmelle", "Rose Carmel"),
            ("Mirlande", "Mirlande"),
        ]
        if sex == "F"
        else [
            ("Wilner", "Wilner"),
            ("Jean-Robert", "Jean Robert"),
            ("Fritznel", "Fritznell"),
            ("Jean-Wesley", "Jn Wesley"),
            ("Makenson", "Mackenson"),
            ("Dieuseul", "Dieuseul"),
            ("Wisly", "Wisley"),
        ],
    )
    fam = _c(
        rng,
        [
            ("Pierre-Louis", "Pierre Louis"),
            ("Jean-Baptiste", "Jean Baptiste"),
            ("Dorvil", "Dorvilus"),
            ("Saint-Fleur", "St Fleur"),
            ("Toussaint", "Toussaint"),
            ("Désir", "Desir"),
            ("Exantus", "Exantus"),
            ("Saint-Vil", "St. Vil"),
            ("Louissaint", "Louis-Saint"),
        ],
    )
    return _person(
        giv[0], fam[0], alt=f"{giv[1]} {fam[1]}", sex=sex, lang="Haitian Creole", code="hat", country="Haiti"
    )


def _ru(rng, sex):
    f = sex == "F"
    if rng.random() < 0.5:
        giv = _c(
            rng,
            [
                ("Olga", "Ольга", "Olya"),
                ("Natalia", "Наталья", "Natasha"),
                ("Tatiana", "Татьяна", "Tanya"),
                ("Yelena", "Елена", "Lena"),
                ("Irina", "Ирина", "Ira"),
                ("Svetlana", "Светлана", "Sveta"),
            ]
            if f
            else [
                ("Ivan", "Иван", "Vanya"),
                ("Sergei", "Сергей", "Seryozha"),
                ("Dmitri", "Дмитрий", "Dima"),
                ("Mikhail", "Михаил", "Misha"),
                ("Alexei", "Алексей", "Lyosha"),
                ("Vladimir", "Владимир", "Volodya"),
            ],
        )
        pat = _c(
            rng,
            [
                ("Petrovich", "Petrovna", "Петрович", "Петровна"),
                ("Ivanovich", "Ivanovna", "Иванович", "Ивановна"),
                ("Nikolaevich", "Nikolaevna", "Николаевич", "Николаевна"),
                ("Sergeyevich", "Sergeyevna", "Сергеевич", "Сергеевна"),
            ],
        )
        fam = _c(
            rng,
            [
                ("Sokolov", "Sokolova", "Соколов", "Соколова"),
                ("Ivanov", "Ivanova", "Иванов", "Иванова"),
                ("Volkov", "Volkova", "Волков", "Волкова"),
                ("Morozov", "Morozova", "Морозов", "Морозова"),
                ("Kuznetsov", "Kuznetsova", "Кузнецов", "Кузнецова"),
                ("Popov", "Popova", "Попов", "Попова"),
            ],
        )
        lang, code, country = "Russian", "rus", "Russian Federation"
        translit = {
            "Tatiana": "Tatyana",
            "Yelena": "Elena",
            "Sergei": "Sergey",
            "Alexei": "Aleksey",
            "Dmitri": "Dmitry",
            "Natalia": "Natalya",
        }
    else:
        giv = _c(
            rng,
            [
                ("Oksana", "Оксана", "Oksanka"),
                ("Yuliia", "Юлія", "Yulia"),
                ("Halyna", "Галина", "Halia"),
                ("Nadiia", "Надія", "Nadia"),
                ("Kateryna", "Катерина", "Katia"),
            ]
            if f
            else [
                ("Taras", "Тарас", "Tarasyk"),
                ("Andrii", "Андрій", "Andriy"),
                ("Bohdan", "Богдан", "Bodia"),
                ("Mykola", "Микола", "Kolia"),
                ("Oleksandr", "Олександр", "Sasha"),
            ],
        )
        pat = _c(
            rng,
            [
                ("Mykolaiovych", "Mykolaivna", "Миколайович", "Миколаївна"),
                ("Ivanovych", "Ivanivna", "Іванович", "Іванівна"),
                ("Petrovych", "Petrivna", "Петрович", "Петрівна"),
            ],
        )
        fam = _c(
            rng,
            [
                (x, x, y, y)
                for x, y in [
                    ("Kovalenko", "Коваленко"),
                    ("Shevchuk", "Шевчук"),
                    ("Bondarenko", "Бондаренко"),
                    ("Tkachenko", "Ткаченко"),
                    ("Melnyk", "Мельник"),
                    ("Kravchuk", "Кравчук"),
                    ("Boyko", "Бойко"),
                ]
            ],
        )
        lang, code, country = "Ukrainian", "ukr", "Ukraine"
        translit = {
            "Yuliia": "Yulia",
            "Andrii": "Andrey",
            "Oleksandr": "Alexander",
            "Halyna": "Galina",
            "Mykola": "Nikolai",
            "Kateryna": "Ekaterina",
            "Nadiia": "Nadezhda",
        }
    i = 1 if f else 0
    return _person(
        giv[0],
        fam[i],
        middle=pat[i],
        native=f"{fam[i + 2]} {giv[1]} {pat[i + 2]}",
        alt=f"{translit.get(giv[0], giv[0])} {fam[i]}",
        pref=giv[2],
        sex=sex,
        lang=lang,
        code=code,
        country=country,
    )


def _fold(s: str) -> str:
    table = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻãçéíóúêôâõÇÉÍÓÚáà", "acelnoszzACELNOSZZaceiouaoaoCEIOUaa")
    return s.translate(table)


def _pl(rng, sex):
    f = sex == "F"
    giv = _c(
        rng,
        [
            ("Agnieszka", "Aga"),
            ("Małgorzata", "Gosia"),
            ("Jadwiga", "Jadzia"),
            ("Bożena", "Bożenka"),
            ("Katarzyna", "Kasia"),
            ("Grażyna", "Grażynka"),
        ]
        if f
        else [
            ("Krzysztof", "Krzysiek"),
            ("Grzegorz", "Grzesiek"),
            ("Wojciech", "Wojtek"),
            ("Paweł", "Pawełek"),
            ("Zbigniew", "Zbyszek"),
            ("Łukasz", "Łukasz"),
        ],
    )
    fam = _c(
        rng,
        [
            ("Wiśniewski", "Wiśniewska"),
            ("Kowalczyk", "Kowalczyk"),
            ("Zieliński", "Zielińska"),
            ("Wójcik", "Wójcik"),
            ("Szczepański", "Szczepańska"),
            ("Dąbrowski", "Dąbrowska"),
            ("Lewandowski", "Lewandowska"),
        ],
    )[1 if f else 0]
    return _person(
        giv[0],
        fam,
        alt=_fold(f"{giv[0]} {fam}"),
        pref=giv[1],
        sex=sex,
        lang="Polish",
        code="pol",
        country="Poland",
    )


def _gr(rng, sex):
    f = sex == "F"
    giv = _c(
        rng,
        [
            ("Eleni", "Ελένη", "Helen"),
            ("Georgia", "Γεωργία", "Georgia"),
            ("Sofia", "Σοφία", "Sophie"),
            ("Panagiota", "Παναγιώτα", "Nota"),
            ("Vasiliki", "Βασιλική", "Vicky"),
        ]
        if f
        else [
            ("Konstantinos", "Κωνσταντίνος", "Kostas"),
            ("Dimitrios", "Δημήτριος", "Jimmy"),
            ("Panagiotis", "Παναγιώτης", "Pete"),
            ("Georgios", "Γεώργιος", "George"),
            ("Ioannis", "Ιωάννης", "Yiannis"),
        ],
    )
    fam = _c(
        rng,
        [
            ("Papadopoulos", "Papadopoulou", "Παπαδόπουλος", "Παπαδοπούλου"),
            ("Georgiou", "Georgiou", "Γεωργίου", "Γεωργίου"),
            ("Nikolaidis", "Nikolaidou", "Νικολαΐδης", "Νικολαΐδου"),
            ("Papageorgiou", "Papageorgiou", "Παπαγεωργίου", "Παπαγεωργίου"),
            ("Karagiannis", "Karagianni", "Καραγιάννης", "Καραγιάννη"),
        ],
    )
    i = 1 if f else 0
    return _person(
        giv[0],
        fam[i],
        native=f"{giv[1]} {fam[i + 2]}",
        alt=f"{giv[2]} {fam[0]}",
        pref=giv[2],
        sex=sex,
        lang="Greek",
        code="ell",
        country="Greece",
    )


_RPA = {
    "Vang": "Vaj",
    "Xiong": "Xyooj",
    "Yang": "Yaj",
    "Lee": "Lis",
    "Moua": "Muas",
    "Thao": "Thoj",
    "Her": "Hawj",
    "Lor": "Lauj",
    "Vue": "Vwj",
    "Cha": "Tsab",
    "Khang": "Kha",
    "Hang": "Haam",
}


def _hm(rng, sex):
    giv = _c(
        rng,
        ["Pa Nhia", "Mai Yer", "Nou", "Xee", "Choua", "Mai Kou", "Bee", "Paj Ntaub"]
        if sex == "F"
        else ["Tou", "Kou", "Chue", "Pheng", "Yia", "Neng", "Fue", "Cher"],
    )
    clan = _c(rng, sorted(_RPA))
    if sex == "M" and rng.random() < 0.5:
        adult = _c(rng, ["Chong", "Nhia", "Tong", "Ge"])
        return _person(
            giv,
            clan,
            middle=adult,
            native=f"{_RPA[clan]} {adult} {giv}",
            alt=f"{clan} {giv}",
            sex=sex,
            lang="Hmong",
            code="hmn",
            country="Laos",
        )
    return _person(
        giv,
        clan,
        native=f"{_RPA[clan]} {giv}",
        alt=_c(rng, [f"{clan} {giv}", f"{giv} Ly" if clan == "Lee" else f"{giv}{clan}"]),
        sex=sex,
        lang="Hmong",
        code="hmn",
        country=_c(rng, ["Laos", "Thailand"]),
    )


def _na(rng, sex):
    giv = _c(
        rng,
        ["Shandiin", "Autumn", "Dawn", "Nizhoni", "Winona", "Sky", "Raven"]
        if sex == "F"
        else ["Darrell", "Ahiga", "Lorenzo", "Hunter", "Tyrone", "Delbert", "Hosteen"],
    )
    fam = _c(
        rng,
        [
            ("Begay", "Begaye"),
            ("Yazzie", "Yazzi"),
            ("Tsosie", "Tsosi"),
            ("Benally", "Benali"),
            ("Nez", "Nez"),
            ("Etsitty", "Etsittie"),
            ("Bitsui", "Bitsuie"),
            ("Manygoats", "Many Goats"),
            ("Two Bulls", "Twobulls"),
            ("Little Wolf", "Littlewolf"),
            ("Running Horse", "Runninghorse"),
            ("Whitehorse", "White Horse"),
            ("Silversmith", "Silver Smith"),
        ],
    )
    return _person(
        giv,
        fam[0],
        alt=f"{giv} {fam[1]}",
        sex=sex,
        lang=_c(rng, ["Navajo", "Lakota", "English"]),
        code="nav",
        country="United States",
    )


def _pi(rng, sex):
    kind = rng.randrange(3)
    if kind == 0:
        giv = _c(
            rng,
            ["Malia", "Losa", "Faamanu", "Seini", "Tina"]
            if sex == "F"
            else ["Sione", "Tavita", "Iosefa", "Pita", "Faleolo"],
        )
        fam = _c(rng, ["Tuiasosopo", "Leota", "Sapolu", "Fa'alogo", "Tuilagi", "Aumua", "Leiataua"])
        lang, code, country = "Samoan", "smo", "Samoa"
    elif kind == 1:
        giv = _c(
            rng,
            ["Mele", "'Ana", "Lose", "Salote", "Vika"]
            if sex == "F"
            else ["Viliami", "Siosaia", "Tevita", "Sitani"],
        )
        fam = _c(rng, ["Fifita", "Taufa", "Havili", "Vainikolo", "Tu'ipulotu", "Mahe", "Kioa", "Fonua"])
        lang, code, country = "Tongan", "ton", "Tonga"
    else:
        giv = _c(
            rng,
            ["Neitari", "Rine", "Lijon", "Bwilla", "Jemima"]
            if sex == "F"
            else ["Bwij", "Jerry", "Kanki", "Wilbur", "Jabwe"],
        )
        fam = _c(rng, ["Jibas", "Lanki", "Kabua", "Langidrik", "Jeadrik", "Laelang", "Lojkar"])
        lang, code, country = "Marshallese", "mah", "Republic of the Marshall Islands"
    return _person(
        giv,
        fam,
        alt=_c(rng, [f"{giv.replace(chr(39), '')} {fam.replace(chr(39), '')}", f"{fam} {giv}", giv]),
        sex=sex,
        lang=lang,
        code=code,
        country=country,
    )


def _br(rng, sex):
    giv = _c(
        rng,
        ["Ana Carolina", "Thaís", "Gabriela", "Maria Eduarda", "Luana", "Conceição"]
        if sex == "F"
        else ["João Pedro", "Luiz Fernando", "Marcos Vinícius", "Thiago", "Raimundo", "Cauã"],
    )
    fam = _c(
        rng,
        [
            "dos Santos",
            "da Silva",
            "de Oliveira",
            "Gonçalves Ferreira",
            "Souza",
            "Pereira da Costa",
            "Rodrigues",
            "do Nascimento",
        ],
    )
    return _person(
        giv,
        fam,
        alt=_c(rng, [_fold(f"{giv} {fam}"), f"{giv.split()[0]} {fam.split()[-1]}"]),
        sex=sex,
        lang="Portuguese",
        code="por",
        country="Brazil",
    )


def _eu(rng, sex):
    giv = _c(
        rng,
        ["Siobhan", "Willemijn", "Guadalupe", "Aoife", "Margarethe", "Hope", "Faith"]
        if sex == "F"
        else ["Dermot", "Pieter", "José Luis", "Cathal", "Joris", "Hunter", "Brook"],
    )
    fam = _c(
        rng,
        [
            ("O'Brien", "OBrien"),
            ("van der Berg", "Vanderberg"),
            ("de la Cruz Hernández", "Cruz Hernandez"),
            ("O'Sullivan", "O Sullivan"),
            ("van den Heuvel", "Van Den Heuvel"),
            ("García-Robles", "Garcia Robles"),
            ("ter Horst", "Terhorst"),
            ("Mac Giolla Phádraig", "Fitzpatrick"),
            ("D'Angelo", "Dangelo"),
            ("Fields", "Field"),
            ("Winter", "Winters"),
        ],
    )
    return _person(
        giv,
        fam[0],
        alt=f"{giv} {fam[1]}",
        sex=sex,
        lang=_c(rng, ["English", "Spanish", "Irish", "Dutch"]),
        code=_c(rng, ["eng", "spa"]),
        country=_c(rng, ["Ireland", "Netherlands", "Mexico", "United States"]),
    )


def _mono(rng, sex):
    giv = _c(
        rng,
        ["Wulandari", "Mulyani", "Kartini", "Ma Thida", "Htet Htet", "Naw Mu", "Say Paw"]
        if sex == "F"
        else ["Sutrisno", "Purnomo", "Aung Kyaw Moe", "Zaw Win", "Eh Soe", "Paw Htoo"],
    )
    parts = giv.split()
    alt = f"{giv} {giv}" if len(parts) == 1 else f"{parts[-1]}, {' '.join(parts[:-1])}"
    burmese = len(parts) > 1
    return _person(
        giv,
        "",
        alt=alt,
        mono=True,
        sex=sex,
        lang="Burmese" if burmese else "Indonesian",
        code="mya" if burmese else "ind",
        country="Myanmar" if burmese else "Indonesia",
    )


CULTURES = [
    _vi,
    _zh,
    _yue,
    _ko,
    _fil,
    _hi,
    _ta,
    _pa,
    _bn,
    _ar,
    _ms,
    _fa,
    _so,
    _et,
    _er,
    _wa,
    _ht,
    _ru,
    _pl,
    _gr,
    _hm,
    _na,
    _pi,
    _br,
    _eu,
    _mono,
]


def person(rng: random.Random, culture=None, sex: str | None = None) -> dict[str, str]:
    sex = sex or _c(rng, ["F", "M"])
    return (culture or _c(rng, CULTURES))(rng, sex)


# --- dates -------------------------------------------------------------------------------------------

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fmt_date(d: dt.date, style: str) -> str:
    m, mon = _MONTHS[d.month - 1], _MONTHS[d.month - 1][:3]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us1": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "long": f"{m} {d.day}, {d.year}",
        "abbr": f"{mon} {d.day}, {d.year}",
        "dmy": f"{d.day} {mon} {d.year}",
        "dmyc": f"{d.day:02d}-{mon.upper()}-{d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "hl7": f"{d.year}{d.month:02d}{d.day:02d}",
        "dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "ord": f"{d.day}{'th' if 10 < d.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} of {m} {d.year}",
        "md": f"{d.month}/{d.day}",
        "dm": f"{d.day} {m}",
    }[style]


_ANY = ["us", "us1", "us2", "iso", "long", "abbr", "dmy", "dmyc", "dash"]


def _rand_date(rng, start: int, end: int) -> dt.date:
    return dt.date(start, 1, 1) + dt.timedelta(
        days=rng.randrange((dt.date(end, 12, 31) - dt.date(start, 1, 1)).days)
    )


# --- places --------------------------------------------------------------------------------------------

_STREETS = [
    "Larkspur Ave",
    "Como Avenue",
    "Cedar Ave S",
    "Riverside Dr",
    "Bolsa Ave",
    "Brookhurst St",
    "Warren Ave",
    "Dorchester Ave",
    "Oak Hill Rd",
    "Magnolia Blvd",
    "Rainier Ave S",
    "Lisbon St",
    "Payne Ave",
    "University Ave W",
    "Kingsbridge Rd",
    "Buford Hwy NE",
    "Federal Blvd",
    "Elm Street",
    "N. Kedzie Ave",
    "Church Ave",
    "Brighton 6th St",
    "Main St",
    "Sunflower Ln",
    "Indian School Rd",
    "Sycamore Ct",
    "Plum Tree Circle",
    "Old Mill Rd",
    "Harmony Way",
    "Ave of the Palms",
    "Via del Sol",
]
_CITIES = [
    ("Saint Paul", "Ramsey County", "MN"),
    ("Minneapolis", "Hennepin County", "MN"),
    ("Garden Grove", "Orange County", "CA"),
    ("Westminster", "Orange County", "CA"),
    ("Fresno", "Fresno County", "CA"),
    ("Dearborn", "Wayne County", "MI"),
    ("Hamtramck", "Wayne County", "MI"),
    ("Lewiston", "Androscoggin County", "ME"),
    ("Columbus", "Franklin County", "OH"),
    ("Lowell", "Middlesex County", "MA"),
    ("Worcester", "Worcester County", "MA"),
    ("Springdale", "Washington County", "AR"),
    ("Clarkston", "DeKalb County", "GA"),
    ("Kent", "King County", "WA"),
    ("Federal Way", "King County", "WA"),
    ("Gallup", "McKinley County", "NM"),
    ("Window Rock", "Apache County", "AZ"),
    ("Shiprock", "San Juan County", "NM"),
    ("Brockton", "Plymouth County", "MA"),
    ("Glendale", "Los Angeles County", "CA"),
    ("Sacramento", "Sacramento County", "CA"),
    ("Salt Lake City", "Salt Lake County", "UT"),
    ("Anchorage", "Anchorage Borough", "AK"),
    ("Enid", "Garfield County", "OK"),
    ("Wausau", "Marathon County", "WI"),
    ("Utica", "Oneida County", "NY"),
    ("Paterson", "Passaic County", "NJ"),
    ("Hope", "Hempstead County", "AR"),
    ("Independence", "Jackson County", "MO"),
    ("Carson", "Los Angeles County", "CA"),
]
_HOODS = [
    "Cedar-Riverside",
    "Little Saigon",
    "Frogtown",
    "Sunset Park",
    "Brighton Beach",
    "Little Haiti",
    "Flushing",
    "Mattapan",
    "Koreatown",
    "Rainier Valley",
    "Little Mogadishu",
    "Jackson Heights",
    "Southwest Detroit",
    "Chinatown-International District",
    "Ironbound",
    "Phalen Village",
]
_OVERSEAS = [
    "Mogadishu",
    "Hargeisa",
    "Da Nang",
    "Can Tho",
    "Guangzhou",
    "Kowloon",
    "Busan",
    "Daegu",
    "Cebu City",
    "Quezon City",
    "Chennai",
    "Madurai",
    "Ludhiana",
    "Amritsar",
    "Sylhet",
    "Kolkata",
    "Mosul",
    "Aleppo",
    "Sana'a",
    "Shiraz",
    "Herat",
    "Addis Ababa",
    "Gondar",
    "Asmara",
    "Keren",
    "Ibadan",
    "Enugu",
    "Kumasi",
    "Port-au-Prince",
    "Jacmel",
    "Kharkiv",
    "Lviv",
    "Novosibirsk",
    "Kraków",
    "Thessaloniki",
    "Luang Prabang",
    "Majuro",
    "Ebeye",
    "Nuku'alofa",
    "Apia",
    "Belo Horizonte",
    "Goiânia",
    "Mandalay",
    "Surabaya",
    "Kuala Terengganu",
]
_CITY_BY_CODE = {
    "vie": ["Da Nang", "Can Tho", "Hue", "Bien Hoa", "Nha Trang"],
    "cmn": ["Guangzhou", "Fuzhou", "Wenzhou", "Shenyang"],
    "yue": ["Kowloon", "Sha Tin", "Taishan", "Tsuen Wan"],
    "kor": ["Busan", "Daegu", "Gwangju", "Jeonju"],
    "tgl": ["Cebu City", "Quezon City", "Batangas City", "Pampanga", "Iloilo City"],
    "hin": ["Lucknow", "Jaipur", "Varanasi"],
    "tam": ["Chennai", "Madurai", "Coimbatore", "Jaffna"],
    "pan": ["Ludhiana", "Amritsar", "Jalandhar"],
    "ben": ["Sylhet", "Kolkata", "Chittagong"],
    "ara": ["Mosul", "Aleppo", "Sana'a", "Homs", "Khartoum", "Basra"],
    "msa": ["Kuala Terengganu", "Kota Bharu", "Ipoh"],
    "fas": ["Shiraz", "Herat", "Mashhad", "Kabul", "Mazar-i-Sharif"],
    "som": ["Mogadishu", "Hargeisa", "Kismayo", "Baidoa", "Beledweyne"],
    "amh": ["Addis Ababa", "Gondar", "Bahir Dar"],
    "tir": ["Asmara", "Keren", "Mendefera"],
    "yor": ["Ibadan", "Abeokuta", "Osogbo"],
    "ibo": ["Enugu", "Onitsha", "Owerri"],
    "twi": ["Kumasi", "Sunyani", "Koforidua"],
    "hat": ["Port-au-Prince", "Jacmel", "Les Cayes", "Gonaïves"],
    "rus": ["Novosibirsk", "Yekaterinburg", "Kazan"],
    "ukr": ["Kharkiv", "Lviv", "Zaporizhzhia", "Mariupol"],
    "pol": ["Kraków", "Rzeszów", "Białystok"],
    "ell": ["Thessaloniki", "Patras", "Kalamata"],
    "hmn": ["Luang Prabang", "Xieng Khouang", "Phetchabun", "Long Tieng"],
    "smo": ["Apia", "Pago Pago", "Leone"],
    "ton": ["Nuku'alofa", "Neiafu"],
    "mah": ["Majuro", "Ebeye", "Jaluit", "Kwajalein"],
    "por": ["Belo Horizonte", "Goiânia", "Governador Valadares"],
    "mya": ["Mandalay", "Hpa-an", "Myitkyina"],
    "ind": ["Surabaya", "Yogyakarta", "Malang"],
}
_CAMPS = [
    "Kakuma",
    "Dadaab",
    "Nyarugusu",
    "Ban Mae La",
    "Nakivale",
    "Shimelba",
    "Mae La",
    "Kutupalong",
    "Zaatari",
    "Ban Vinai",
    "Dzaleka",
    "Hitsats",
]
_FACILITY = [
    "{} Community Health Center",
    "{} Family Clinic",
    "{} Refugee Clinic",
    "Northside Clinic - {}",
    "{} Indian Health Center",
    "{} Regional Medical Center",
    "St. Anne's Hospital {}",
]


def _phone(rng, style=None) -> str:
    a, b = _c(rng, ["555", "555", "555"]), f"01{_d(rng, 2)}"
    area = _c(
        rng,
        ["612", "651", "714", "313", "207", "614", "978", "479", "404", "253", "505", "928", "559", "801"],
    )
    return (
        _c(
            rng,
            [
                f"({area}) {a}-{b}",
                f"{area}-{a}-{b}",
                f"{area}.{a}.{b}",
                f"+1 {area} {a} {b}",
                f"1-{area}-{a}-{b}",
                f"{area} {a} {b}",
                f"({area}){a}-{b}",
            ],
        )
        if style is None
        else style.format(area=area, a=a, b=b)
    )


def _intl_phone(rng) -> str:
    return _c(
        rng,
        [
            f"+252 61 {_d(rng, 3)} {_d(rng, 4)}",
            f"+84 90 {_d(rng, 3)} {_d(rng, 4)}",
            f"+251 911 {_d(rng, 3)} {_d(rng, 3)}",
            f"+509 34 {_d(rng, 2)} {_d(rng, 4)}",
            f"+380 67 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
            f"+234 803 {_d(rng, 3)} {_d(rng, 4)}",
            f"+692 455-{_d(rng, 4)}",
            f"011-63-917-{_d(rng, 3)}-{_d(rng, 4)}",
            f"+91 98{_d(rng, 3)} {_d(rng, 5)}",
            f"+233 24 {_d(rng, 3)} {_d(rng, 4)}",
            f"+55 31 9{_d(rng, 4)}-{_d(rng, 4)}",
        ],
    )


def _slug(s: str) -> str:
    out = "".join(ch for ch in _fold(s).lower() if ch.isalnum() or ch in " -.")
    return out.replace(" ", ".").replace("-", "").strip(".") or "pt"


# --- identifiers ------------------------------------------------------------------------------------------


def _npi(rng) -> str:
    base = "1" + _d(rng, 8)
    digits = [int(x) for x in "80840" + base]
    total = 0
    for i, v in enumerate(reversed(digits)):
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        total += v
    return base + str((10 - total % 10) % 10)


def _dea(rng, last: str) -> str:
    ds = [rng.randrange(10) for _ in range(6)]
    chk = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    initial = next((ch.upper() for ch in _fold(last) if ch.isalpha()), "X")
    return _c(rng, ["A", "B", "F", "M"]) + initial + "".join(map(str, ds)) + str(chk)


_VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def _vin(rng) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(
        _c(rng, ["1HG", "2T1", "3FA", "5YJ", "JTD", "KMH", "1FT", "4T1", "JN1", "WVW"])
        + _a(rng, 5, chars)
        + "0"
        + _a(rng, 1, "ABCDEFGHJKLMNPRSTVWXY123456789")
        + _a(rng, 1, chars)
        + _d(rng, 6)
    )
    chk = sum(_VIN_VAL[ch] * w for ch, w in zip(v, _VIN_W, strict=True)) % 11
    v[8] = "X" if chk == 10 else str(chk)
    return "".join(v)


def _mbi(rng) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (
        _a(rng, 1, "123456789")
        + _a(rng, 1, al)
        + _a(rng, 1, an)
        + _d(rng, 1)
        + _a(rng, 1, al)
        + _a(rng, 1, an)
        + _d(rng, 1)
        + _a(rng, 2, al)
        + _d(rng, 2)
    )
    return _c(rng, [s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def _ssn(rng) -> str:
    area = rng.randrange(1, 900)
    while area == 666:
        area = rng.randrange(1, 900)
    a, g, s = f"{area:03d}", f"{rng.randrange(1, 100):02d}", f"{rng.randrange(1, 10000):04d}"
    return _c(rng, [f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])


def identifiers(rng: random.Random) -> dict[str, Value]:
    culture = _c(rng, CULTURES)
    pt = person(rng, culture)
    rel = person(rng, culture)
    if rng.random() < 0.6 and culture not in (_so, _et, _er, _ms, _mono, _ta, _pa):
        fam = pt["family"]
        rel = {
            **rel,
            "family": fam,
            "full": f"{rel['given']} {fam}",
            "reg": f"{fam}, {rel['given']}",
            "caps": f"{fam}, {rel['given']}".upper(),
            "native": f"{rel['given']} {fam}",
            "initials": f"{rel['given'][0]}. {fam}",
        }
    rel2 = person(rng, culture)
    elder = person(rng, culture, "F")
    mom = person(rng, culture, "F")
    dad = person(rng, culture, "M")
    if culture not in (_so, _et, _er, _ms, _mono, _ta):
        mom = {
            **mom,
            "reg": f"{pt['family']}, {mom['given']}",
            "caps": f"{pt['family']}, {mom['given']}".upper(),
        }
        dad = {**dad, "full": f"{dad['given']} {pt['family']}"}
    interp = person(rng, culture if rng.random() < 0.6 else None)
    chw = person(rng, culture if rng.random() < 0.5 else None)
    md, rn, sw, wit, clerk, healer = (person(rng) for _ in range(6))
    baby_sex = _c(rng, ["Girl", "Boy", "Girl", "Girl"])

    visit = _rand_date(rng, 2023, 2026)
    age = rng.randrange(1, 88)
    dob = visit - dt.timedelta(days=age * 365 + rng.randrange(365))
    dob_wrong = (
        dt.date(dob.year, 1, 1)
        if rng.random() < 0.5
        else dob.replace(day=dob.month)
        if dob.month <= 28
        else dob
    )
    if dob_wrong == dob:
        dob_wrong = dob.replace(year=dob.year - 1)
    arrive = visit - dt.timedelta(days=rng.randrange(20, 2500))
    baby = visit - dt.timedelta(days=rng.randrange(0, 3))
    d2 = visit + dt.timedelta(days=rng.randrange(1, 60))
    d3 = visit - dt.timedelta(days=rng.randrange(1, 400))
    d4 = visit - dt.timedelta(days=rng.randrange(400, 4000))
    hh, mm = rng.randrange(6, 22), rng.randrange(60)
    city, county, state = _c(rng, _CITIES)
    city2, _, state2 = _c(rng, _CITIES)
    zip5 = f"{rng.randrange(1001, 99950):05d}"
    elder_age = rng.randrange(90, 106)
    words = {
        90: "ninety",
        91: "ninety-one",
        92: "ninety-two",
        93: "ninety-three",
        94: "ninety-four",
        95: "ninety-five",
        96: "ninety-six",
        97: "ninety-seven",
        98: "ninety-eight",
        99: "ninety-nine",
        100: "one hundred",
        101: "one hundred and one",
        102: "one hundred two",
        103: "one hundred three",
        104: "104",
        105: "105",
    }
    email_dom = _c(
        rng, ["example.com", "example.org", "mail.example.net", "example.test", "inbox.example.com"]
    )
    slug = _slug(pt["given"].split()[0] + " " + pt["family"].split()[-1])
    mrn = _c(
        rng,
        [
            _d(rng, 8),
            f"E{_d(rng, 7)}",
            f"M{_d(rng, 3)}-{_d(rng, 4)}",
            f"00{_d(rng, 7)}",
            f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}",
        ],
    )
    mrn_old = _c(rng, [_d(rng, 8), f"E{_d(rng, 7)}", f"T{_d(rng, 6)}", f"{_d(rng, 6)}-{_d(rng, 1)}"])
    plate = _c(
        rng,
        [
            f"{_d(rng, 1)}{_a(rng, 3)}{_d(rng, 3)}",
            f"{_a(rng, 3)} {_d(rng, 3)}",
            f"{_a(rng, 3)}-{_d(rng, 4)}",
            f"NN {_d(rng, 4)}",
            f"{_d(rng, 3)} {_a(rng, 3)}",
            f"{_a(rng, 2)}{_d(rng, 5)}",
        ],
    )
    fac_name = _c(rng, _FACILITY).format(city)

    ids: dict[str, Value] = {}
    N = P.NAME

    def people(key: str, p: dict[str, str], extra: bool = False) -> None:
        ids[f"{key}_full"] = (N, p["full"])
        ids[f"{key}_first"] = (N, p["given"])
        ids[f"{key}_last"] = (N, p["family"])
        if extra:
            for part in ("reg", "caps", "native", "alt", "pref", "initials"):
                ids[f"{key}_{part}"] = (N, p[part])

    people("pt", pt, True)
    people("rel", rel, True)
    people("rel2", rel2)
    people("elder", elder, True)
    for key, p in (
        ("interp", interp),
        ("chw", chw),
        ("md", md),
        ("rn", rn),
        ("sw", sw),
        ("wit", wit),
        ("clerk", clerk),
        ("healer", healer),
    ):
        people(key, p)
    ids["pt_middle"] = (N, pt["middle"]) if pt["middle"] else (None, _c(rng, ["N/A", "NMN", "-"]))
    roles = {
        "F": ["daughter", "wife", "sister", "niece", "daughter-in-law", "eldest daughter", "cousin"],
        "M": ["son", "husband", "brother", "nephew", "son-in-law", "eldest son", "cousin"],
    }
    rr = _c(rng, roles[rel["sex"]])
    ids["rel_role"] = (None, rr)
    ids["rel_role_cap"] = (None, rr[0].upper() + rr[1:])
    ids["rel2_role"] = (None, _c(rng, roles[rel2["sex"]]))
    ids["rel_sib"] = (None, "sister" if rel["sex"] == "F" else "brother")
    f = pt["sex"] == "F"
    ids["pt_mf"] = (None, "mother" if f else "father")
    ids["pt_her"] = (None, "her" if f else "his")
    ids["pt_him"] = (None, "her" if f else "him")
    ids["pt_he"] = (None, "she" if f else "he")
    ids["mom_full"] = (N, mom["full"])
    ids["mom_reg"] = (N, mom["reg"])
    ids["mom_caps"] = (N, mom["caps"])
    ids["dad_full"] = (N, dad["full"])
    ids["md_dr"] = (
        N,
        _c(rng, [f"{md['given']} {md['family']}", f"{md['given'][0]}. {md['family']}", md["family"]]),
    )
    ids["baby_last"] = (N, _c(rng, [pt["family"], pt["family"].upper(), pt["given"]]))
    ids["baby_given"] = (N, person(rng, culture, "F" if baby_sex == "Girl" else "M")["given"])
    ids["baby_sex"] = (None, baby_sex)
    ids["baby_sex_up"] = (None, baby_sex.upper())
    ids["lang"] = (None, pt["lang"])
    ids["lang_code"] = (None, pt["code"])
    ids["country"] = (None, pt["country"])
    ids["pt_sex"] = (None, pt["sex"])
    ids["age"] = (None, str(age))

    ids["dob"] = (P.DATE, fmt_date(dob, _c(rng, _ANY)))
    ids["dob_us"] = (P.DATE, fmt_date(dob, "us"))
    ids["dob_iso"] = (P.DATE, fmt_date(dob, "iso"))
    ids["dob_hl7"] = (P.DATE, fmt_date(dob, "hl7"))
    ids["dob_dot"] = (P.DATE, fmt_date(dob, _c(rng, ["dot", "dmy", "dmyc"])))
    ids["dob_wrong"] = (P.DATE, fmt_date(dob_wrong, _c(rng, ["us", "us1", "iso", "dmyc"])))
    ids["visit"] = (P.DATE, fmt_date(visit, _c(rng, _ANY)))
    ids["visit_us"] = (P.DATE, fmt_date(visit, _c(rng, ["us", "us1"])))
    ids["visit_long"] = (P.DATE, fmt_date(visit, _c(rng, ["long", "abbr", "ord", "dmy"])))
    ids["visit_iso"] = (P.DATE, fmt_date(visit, "iso"))
    ids["visit_hl7"] = (P.DATE, fmt_date(visit, "hl7") + f"{hh:02d}{mm:02d}")
    ids["visit_dt"] = (
        P.DATE,
        _c(
            rng,
            [
                f"{fmt_date(visit, 'us')} {hh:02d}:{mm:02d}",
                f"{fmt_date(visit, 'iso')}T{hh:02d}:{mm:02d}:00",
                f"{fmt_date(visit, 'us1')} {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
                f"{fmt_date(visit, 'dmyc')} {hh:02d}{mm:02d}",
            ],
        ),
    )
    ids["visit_md"] = (P.DATE, fmt_date(visit, _c(rng, ["md", "dm"])))
    ids["arrive"] = (P.DATE, fmt_date(arrive, _c(rng, _ANY)))
    ids["baby_dob"] = (
        P.DATE,
        f"{fmt_date(baby, _c(rng, ['us', 'us1', 'iso']))} {rng.randrange(24):02d}:{rng.randrange(60):02d}",
    )
    ids["date2"] = (P.DATE, fmt_date(d2, _c(rng, _ANY)))
    ids["date2_md"] = (P.DATE, fmt_date(d2, _c(rng, ["md", "dm", "abbr"])))
    ids["date3"] = (P.DATE, fmt_date(d3, _c(rng, _ANY)))
    ids["date4"] = (P.DATE, fmt_date(d4, _c(rng, ["long", "us", "dmy", "dot"])))

    ids["street"] = (P.LOCATION, f"{rng.randrange(2, 9999)} {_c(rng, _STREETS)}")
    ids["street_caps"] = (P.LOCATION, f"{rng.randrange(2, 9999)} {_c(rng, _STREETS).upper()}")
    ids["unit"] = (
        P.LOCATION,
        _c(
            rng,
            [
                f"{rng.randrange(1, 30)}{_c(rng, 'ABCDEF')}",
                str(rng.randrange(101, 1420)),
                f"{rng.randrange(1, 9)}-{_c(rng, 'ABCD')}",
            ],
        ),
    )
    ids["city"] = (P.LOCATION, city)
    ids["city_caps"] = (P.LOCATION, city.upper())
    ids["county"] = (P.LOCATION, county)
    ids["state"] = (None, state)
    ids["state2"] = (None, state2)
    ids["zip"] = (P.LOCATION, _c(rng, [zip5, zip5, f"{zip5}-{_d(rng, 4)}"]))
    ids["city2"] = (P.LOCATION, city2)
    ids["hood"] = (P.LOCATION, _c(rng, _HOODS))
    ids["facility"] = (P.LOCATION, fac_name)
    home = _CITY_BY_CODE.get(pt["code"], _OVERSEAS)
    ids["birth_city"] = (P.LOCATION, _c(rng, home))
    ids["city_abroad"] = (P.LOCATION, _c(rng, home if rng.random() < 0.7 else _OVERSEAS))
    ids["camp"] = (P.LOCATION, _c(rng, _CAMPS))

    ids["phone"] = (P.PHONE, _phone(rng))
    ids["phone2"] = (P.PHONE, _phone(rng))
    ids["phone_intl"] = (P.PHONE, _intl_phone(rng))
    ids["fax"] = (P.FAX, _phone(rng))
    ids["email"] = (
        P.EMAIL,
        f"{slug}{_c(rng, ['', str(rng.randrange(1, 99)), '.' + _d(rng, 2), '_' + str(dob.year)])}@{email_dom}",
    )
    ids["email2"] = (
        P.EMAIL,
        f"{_slug(rel['given'].split()[0])}.{_slug(rel['family'].split()[-1])}@{_c(rng, ['example.org', 'example.com', 'family.example.net'])}",
    )
    ids["url"] = (
        P.URL,
        _c(
            rng,
            [
                f"https://portal.example.org/p/{_a(rng, 4)}{_d(rng, 5)}",
                f"https://www.example.com/fund/{slug.replace('.', '-')}-{rng.randrange(10, 99)}",
                f"http://example.org/~{slug.split('.')[0]}/family",
                f"https://telehealth.example.com/join/{_a(rng, 3).lower()}-{_d(rng, 4)}-{_a(rng, 3).lower()}",
                f"www.example.net/memorial/{slug}",
            ],
        ),
    )
    ids["ip"] = (
        P.IP_ADDRESS,
        _c(
            rng,
            [
                f"192.0.2.{rng.randrange(1, 255)}",
                f"198.51.100.{rng.randrange(1, 255)}",
                f"203.0.113.{rng.randrange(1, 255)}",
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"2001:db8:{rng.randrange(4096):x}::{rng.randrange(4096):x}",
            ],
        ),
    )

    ids["ssn"] = (P.SSN, _ssn(rng))
    ids["mrn"] = (P.MRN, mrn)
    ids["mrn_old"] = (P.MRN, mrn_old)
    ids["hp_id"] = (
        P.HEALTH_PLAN_ID,
        _c(
            rng,
            [
                f"{_a(rng, 3)}{_d(rng, 9)}",
                f"W{_d(rng, 9)}",
                f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}",
                f"ZGP{_d(rng, 8)}01",
                f"{_a(rng, 2)}{_d(rng, 7)}-0{rng.randrange(1, 5)}",
            ],
        ),
    )
    ids["medicaid"] = (
        P.HEALTH_PLAN_ID,
        _c(
            rng,
            [
                _d(rng, 8),
                f"{_d(rng, 10)}",
                f"{_a(rng, 2)}{_d(rng, 5)}{_a(rng, 1)}",
                f"0{_d(rng, 7)}-{_d(rng, 2)}",
            ],
        ),
    )
    ids["mbi"] = (P.HEALTH_PLAN_ID, _mbi(rng))
    ids["group"] = (
        P.HEALTH_PLAN_ID,
        _c(rng, [f"{_d(rng, 6)}", f"GRP-{_d(rng, 5)}", f"{_a(rng, 1)}{_d(rng, 5)}-{_d(rng, 3)}"]),
    )
    ids["acct"] = (
        P.ACCOUNT,
        _c(
            rng, [_d(rng, 10), f"A{_d(rng, 9)}", f"{_d(rng, 4)}-{_d(rng, 6)}", f"HAR {_d(rng, 9)}".split()[1]]
        ),
    )
    ids["fin"] = (
        P.ACCOUNT,
        _c(rng, [_d(rng, 11), f"V{_d(rng, 8)}", f"{_d(rng, 3)}{_a(rng, 1)}{_d(rng, 6)}"]),
    )
    ids["claim"] = (
        P.ACCOUNT,
        _c(
            rng,
            [
                f"CLM-{visit.year}-{_d(rng, 7)}",
                f"{_d(rng, 2)}{_d(rng, 3)}{_d(rng, 9)}",
                f"ICN {_d(rng, 13)}".split()[1],
            ],
        ),
    )
    ids["npi"] = (P.LICENSE, _npi(rng))
    ids["dea"] = (P.LICENSE, _dea(rng, md["family"]))
    ids["dl"] = (
        P.LICENSE,
        _c(
            rng,
            [
                f"{_a(rng, 1)}{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}",
                f"{_a(rng, 1)}{_d(rng, 7)}",
                f"{_d(rng, 9)}",
                f"WDL{_a(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}",
                f"{_a(rng, 2)}{_d(rng, 6)}",
            ],
        ),
    )
    ids["interp_cert"] = (
        P.LICENSE,
        _c(
            rng,
            [f"{_d(rng, 5)}", f"CMI-{_d(rng, 5)}", f"CHI-{_d(rng, 4)}", f"CoreCHI {_d(rng, 6)}".split()[1]],
        ),
    )
    ids["lic"] = (
        P.LICENSE,
        _c(
            rng,
            [
                f"MD{_d(rng, 5)}",
                f"{_a(rng, 1)}{_d(rng, 5)}",
                f"RN-{_d(rng, 6)}",
                f"{_d(rng, 2)}-{_d(rng, 6)}",
            ],
        ),
    )
    ids["vin"] = (P.VEHICLE_ID, _vin(rng))
    ids["plate"] = (P.VEHICLE_ID, plate)
    ids["device"] = (
        P.DEVICE_ID,
        _c(
            rng,
            [
                f"SN {_a(rng, 2)}{_d(rng, 7)}".split()[1],
                f"{_d(rng, 3)}-{_d(rng, 4)}-{_a(rng, 2)}",
                f"PX{_d(rng, 8)}",
                f"(01)0088{_d(rng, 10)}(21){_a(rng, 2)}{_d(rng, 6)}",
                f"GM{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 5)}",
            ],
        ),
    )
    ids["device2"] = (
        P.DEVICE_ID,
        _c(
            rng,
            [
                f"HA-{_d(rng, 4)}-{_a(rng, 1)}{_d(rng, 3)}",
                f"{_a(rng, 3)}{_d(rng, 6)}",
                f"S/N{_d(rng, 9)}"[3:],
            ],
        ),
    )
    ids["bio"] = (
        P.BIOMETRIC,
        _c(
            rng,
            [
                f"PV-{_d(rng, 8)}",
                f"FP-{_a(rng, 2)}-{_d(rng, 6)}",
                f"VP{_d(rng, 10)}",
                f"PALM{_d(rng, 2)}-{_a(rng, 4)}-{_d(rng, 4)}",
                f"IR-{_d(rng, 4)}-{_d(rng, 4)}",
            ],
        ),
    )
    ids["photo"] = (
        P.PHOTO,
        _c(
            rng,
            [
                f"IMG_{fmt_date(visit, 'hl7')}_{_d(rng, 4)}.jpg",
                f"face_{_d(rng, 6)}.png",
                f"pt_photo_{mrn.replace('-', '')}.jpeg",
                f"PHOTO-{_d(rng, 7)}",
                f"reg_cam{rng.randrange(1, 9)}_{_d(rng, 5)}.jpg",
            ],
        ),
    )
    ids["a_number"] = (
        P.OTHER_ID,
        _c(
            rng,
            [
                f"A{_d(rng, 9)}",
                f"A {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
                f"A-{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}",
                f"0{_d(rng, 8)}",
            ],
        ),
    )
    ids["i94"] = (P.OTHER_ID, _c(rng, [_d(rng, 11), f"{_d(rng, 9)}{_a(rng, 1)}{_d(rng, 1)}"]))
    ids["passport"] = (
        P.OTHER_ID,
        _c(
            rng,
            [
                f"{_a(rng, 1)}{_d(rng, 8)}",
                f"{_a(rng, 2)}{_d(rng, 7)}",
                f"{_d(rng, 9)}",
                f"P{_a(rng, 1)}{_d(rng, 6)}",
            ],
        ),
    )
    ids["case_no"] = (
        P.OTHER_ID,
        _c(
            rng,
            [
                f"{_a(rng, 2)}-{_d(rng, 6)}",
                f"CASE {_d(rng, 4)}-{_d(rng, 5)}".split(" ", 1)[1],
                f"{_a(rng, 3)}{_d(rng, 8)}",
                f"R{_d(rng, 2)}-{_d(rng, 5)}",
            ],
        ),
    )
    ids["call_id"] = (
        P.OTHER_ID,
        _c(rng, [_d(rng, 9), f"{_a(rng, 2)}{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}"]),
    )
    ids["emp_id"] = (
        P.OTHER_ID,
        _c(
            rng,
            [f"{_d(rng, 6)}", f"E{_d(rng, 5)}", f"INT-{_d(rng, 4)}", f"{_a(rng, 1)}{_d(rng, 3)}{_a(rng, 1)}"],
        ),
    )
    ids["rx_no"] = (P.OTHER_ID, _c(rng, [_d(rng, 7), f"RX{_d(rng, 8)}", f"{_d(rng, 3)}-{_d(rng, 5)}"]))
    ids["pa_no"] = (
        P.OTHER_ID,
        _c(rng, [f"PA{_d(rng, 9)}", f"{_d(rng, 4)}{_a(rng, 2)}{_d(rng, 3)}", f"AUTH-{_d(rng, 7)}"]),
    )
    ids["accession"] = (
        P.OTHER_ID,
        _c(
            rng,
            [f"{visit.year % 100}-{_a(rng, 2)}-{_d(rng, 5)}", f"W{_d(rng, 11)}", f"{_a(rng, 1)}{_d(rng, 8)}"],
        ),
    )
    ids["incident"] = (
        P.OTHER_ID,
        _c(rng, [f"IR-{visit.year}-{_d(rng, 5)}", f"{_d(rng, 7)}", f"SE{_d(rng, 6)}"]),
    )
    ids["ticket"] = (
        P.OTHER_ID,
        _c(rng, [f"HIM-{_d(rng, 6)}", f"MRG{_d(rng, 7)}", f"REQ{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 4)}"]),
    )
    ids["study_id"] = (
        P.OTHER_ID,
        _c(rng, [f"{_a(rng, 3)}-{_d(rng, 3)}", f"S{_d(rng, 4)}-{_a(rng, 2)}", f"{_d(rng, 2)}-{_d(rng, 4)}"]),
    )
    ids["elder_age"] = (P.AGE, str(elder_age))
    ids["elder_age_w"] = (P.AGE, words[elder_age])
    return ids


# --- look-alikes ------------------------------------------------------------------------------------------

_LANGS = [
    ("Somali", "som", "so"),
    ("Vietnamese", "vie", "vi"),
    ("Hmong", "hmn", "hmn"),
    ("Cantonese", "yue", "zh-yue"),
    ("Mandarin", "cmn", "zh-CN"),
    ("Karen", "kar", "kar"),
    ("Amharic", "amh", "am"),
    ("Tigrinya", "tir", "ti"),
    ("Arabic", "ara", "ar"),
    ("Dari", "prs", "fa-AF"),
    ("Haitian Creole", "hat", "ht"),
    ("Marshallese", "mah", "mh"),
    ("Punjabi", "pan", "pa"),
    ("Russian", "rus", "ru"),
    ("Ukrainian", "ukr", "uk"),
    ("Navajo", "nav", "nv"),
    ("Portuguese", "por", "pt-BR"),
    ("Korean", "kor", "ko"),
    ("Tagalog", "tgl", "tl"),
    ("Bengali", "ben", "bn"),
]
_RACE = [
    ("American Indian or Alaska Native", "1002-5"),
    ("Asian", "2028-9"),
    ("Black or African American", "2054-5"),
    ("Native Hawaiian or Other Pacific Islander", "2076-8"),
    ("White", "2106-3"),
    ("Middle Eastern or North African", "2118-8"),
]
_ETH = [("Hispanic or Latino", "2135-2"), ("Not Hispanic or Latino", "2186-5"), ("Declined", "ASKU")]
_HOLIDAYS = [
    "Tết",
    "Lunar New Year",
    "Ramadan",
    "Eid al-Fitr",
    "Eid al-Adha",
    "Nowruz",
    "Diwali",
    "Vaisakhi",
    "Orthodox Easter",
    "Timkat",
    "Meskel",
    "Chuseok",
    "Hmong New Year",
    "Día de los Muertos",
    "Yom Kippur",
    "Lent",
    "Durga Puja",
    "Kwanzaa",
    "White Sunday",
    "Gurpurab",
    "Fasika",
    "Pchum Ben",
    "Obon",
]
_HERBS = [
    "ginseng tea",
    "Dit Da Jiao liniment",
    "bitter melon (ampalaya)",
    "moringa leaf",
    "black seed oil (habbatul barakah)",
    "kratom",
    "ashwagandha",
    "turmeric with black pepper",
    "cao gió (coining)",
    "cupping (hijama)",
    "dong quai",
    "Tiger Balm",
    "zam-zam water",
    "khat",
    "neem leaf",
    "Hmong herbal steam bath",
    "noni juice",
    "kava",
    "bitter leaf (onugbu)",
    "sage smudging",
    "Po Sum On oil",
    "arnica",
    "garlic capsules",
    "fenugreek seed",
]
_MEDS = [
    ("metformin", "500 mg PO BID"),
    ("lisinopril", "10 mg daily"),
    ("atorvastatin", "40 mg qHS"),
    ("insulin glargine", "18 units SC nightly"),
    ("amlodipine", "5 mg daily"),
    ("isoniazid", "300 mg daily x 9 months"),
    ("rifampin", "600 mg daily x 4 months"),
    ("albendazole", "400 mg PO x1"),
    ("ivermectin", "200 mcg/kg PO x2 doses"),
    ("praziquantel", "40 mg/kg divided"),
    ("ferrous sulfate", "325 mg PO daily"),
    ("vitamin D3", "2000 IU daily"),
    ("levothyroxine", "75 mcg qAM"),
    ("sertraline", "50 mg daily"),
    ("omeprazole", "20 mg daily"),
    ("empagliflozin (Jardiance)", "10 mg daily"),
    ("semaglutide (Ozempic)", "0.5 mg weekly"),
    ("prenatal vitamin", "1 tab daily"),
]
_ICD = [
    ("Z59.01", "sheltered homelessness"),
    ("Z60.3", "acculturation difficulty"),
    ("Z65.5", "exposure to disaster, war"),
    ("R76.11", "positive TST without active TB"),
    ("Z22.7", "latent TB infection"),
    ("B76.9", "hookworm disease"),
    ("E11.9", "type 2 diabetes"),
    ("I10", "essential hypertension"),
    ("D56.3", "thalassemia minor"),
    ("D57.3", "sickle-cell trait"),
    ("B18.1", "chronic hepatitis B"),
    ("F43.10", "PTSD, unspecified"),
    ("Z71.89", "other specified counseling"),
    ("Z60.5", "target of perceived discrimination"),
    ("E55.9", "vitamin D deficiency"),
]
_CPT = [
    "99203",
    "99214",
    "99497",
    "99498",
    "86580",
    "86480",
    "87340",
    "96127",
    "90471",
    "99406",
    "T1013",
    "G0136",
    "99401",
]
_EPON = [
    "Graves' disease",
    "Hashimoto thyroiditis",
    "Parkinson disease",
    "Kawasaki disease",
    "Behçet disease",
    "Crohn disease",
    "Bell's palsy",
    "Chagas disease",
    "Hansen's disease",
    "Down syndrome",
    "Cushing syndrome",
]
_ORGS = [
    "LanguageBridge Partners",
    "Global Voice Interpreting",
    "CulturaLink Services",
    "Unity Family Medicine",
    "New Horizons Resettlement",
    "St. Brigid Medical Group",
    "Harbor Light Health Plan",
    "Open Door Pharmacy",
    "BridgeCare Home Health",
    "Mercy Community Lab",
    "Sunrise Interpreter Co-op",
    "TrueNorth Language Access",
]
_ROLES = [
    "the attending",
    "the charge nurse",
    "the resident",
    "the unit clerk",
    "the on-call interpreter",
    "the patient navigator",
    "the case manager",
    "the chaplain",
    "the registration supervisor",
    "the HIM analyst",
    "the CHW",
    "the PCP",
    "the family spokesperson",
    "the eldest son",
    "the health-care proxy",
]
_RELIG = [
    "Muslim (Sunni)",
    "Buddhist",
    "Hindu",
    "Sikh",
    "Ethiopian Orthodox Tewahedo",
    "Roman Catholic",
    "Seventh-day Adventist",
    "Evangelical Christian",
    "Animist / Hmong traditional",
    "Jewish (Orthodox)",
    "Eastern Orthodox",
    "Jehovah's Witness",
    "Traditional Diné spirituality",
    "Baha'i",
    "Pentecostal",
]
_DIET = [
    "halal",
    "no pork, no gelatin capsules",
    "vegetarian (lacto)",
    "kosher",
    "no beef",
    "fasting dawn to sunset",
    "Orthodox fasting (vegan Wed/Fri)",
    "no alcohol-based tinctures",
    "rice porridge (cháo) preferred",
    "warm foods only postpartum",
    "no blood products",
    "strict vegan (Jain)",
]


def lookalikes(rng: random.Random) -> dict[str, Value]:
    L: dict[str, Value] = {}

    def u(k: str, v: str) -> None:
        L[k] = (None, v)

    lang = _c(rng, _LANGS)
    u("lang", lang[0])
    u("lang_code", lang[1])
    u("bcp47", lang[2])
    lang2 = _c(rng, _LANGS)
    u("lang2", lang2[0])
    u("lang2_code", lang2[2])
    race = _c(rng, _RACE)
    u("race", race[0])
    u("race_code", race[1])
    eth = _c(rng, _ETH)
    u("eth", eth[0])
    u("eth_code", eth[1])
    u(
        "country",
        _c(
            rng,
            [
                "Somalia",
                "Viet Nam",
                "Laos",
                "Ethiopia",
                "Eritrea",
                "Haiti",
                "Ukraine",
                "Afghanistan",
                "Burma",
                "Democratic Republic of the Congo",
                "Bhutan",
                "Iraq",
                "Guatemala",
                "Marshall Islands",
                "Syria",
            ],
        ),
    )
    u(
        "country2",
        _c(
            rng,
            [
                "Kenya",
                "Thailand",
                "Uganda",
                "Jordan",
                "Türkiye",
                "Malaysia",
                "Tanzania",
                "Poland",
                "Pakistan",
                "Sudan",
                "Nepal",
                "Mexico",
                "Brazil",
                "Egypt",
                "Greece",
            ],
        ),
    )
    u("holiday", _c(rng, _HOLIDAYS))
    u("holiday2", _c(rng, _HOLIDAYS))
    u("herb", _c(rng, _HERBS))
    u("herb2", _c(rng, _HERBS))
    u("relig", _c(rng, _RELIG))
    u("diet", _c(rng, _DIET))
    m1, m2, m3 = rng.sample(_MEDS, 3)
    u("med1", m1[0])
    u("dose1", m1[1])
    u("med2", m2[0])
    u("dose2", m2[1])
    u("med3", m3[0])
    u("dose3", m3[1])
    i1, i2 = rng.sample(_ICD, 2)
    u("icd", i1[0])
    u("icd_txt", i1[1])
    u("icd2", i2[0])
    u("icd2_txt", i2[1])
    u("cpt", _c(rng, _CPT))
    u("cpt2", _c(rng, _CPT))
    u("hcpcs", _c(rng, ["T1013", "T1013-U1", "S9445", "T1016", "H0025"]))
    u("ndc", f"{_d(rng, 5)}-{_d(rng, 4)}-{_d(rng, 2)}")
    u(
        "loinc",
        _c(
            rng,
            [
                "4548-4",
                "2345-7",
                "718-7",
                "14957-5",
                "5195-3",
                "71774-4",
                "38478-3",
                "10351-5",
                "19146-0",
                "20454-5",
            ],
        ),
    )
    u(
        "snomed",
        _c(
            rng,
            ["44054006", "38341003", "161413004", "428361000124107", "266919005", "225337009", "413350009"],
        ),
    )
    u("drg", _c(rng, ["DRG 193", "MS-DRG 292", "DRG 871", "MS-DRG 775", "DRG 683"]))
    u("rev", _c(rng, ["0450", "0510", "0761", "0960", "0300"]))
    u("lot", f"{_a(rng, 2)}{_d(rng, 4)}")
    u(
        "vaccine",
        _c(
            rng,
            [
                "MMR II",
                "Tdap (Boostrix)",
                "Hep B (Engerix-B)",
                "Varicella (Varivax)",
                "PCV20 (Prevnar 20)",
                "IPV (IPOL)",
                "COVID-19 2024-25 formula",
                "HPV9 (Gardasil 9)",
                "Shingrix",
            ],
        ),
    )
    u(
        "form",
        _c(
            rng,
            [
                "Form I-693",
                "DS-3025",
                "Form MR-114 rev. 2022",
                "HIM-07 v3",
                "CON-22A",
                "PT-REG-3 (2024 ed.)",
                "Form 1010EZ",
                "CMS-1500 (02/12)",
                "UB-04",
                "ICS-214",
            ],
        ),
    )
    u(
        "policy",
        _c(
            rng,
            [
                "Policy PC-114",
                "HIM Policy 3.07",
                "Procedure LA-02",
                "Patient ID Policy NPSG.01.01.01",
                "Policy 8.12.4",
                "SOP-REG-019",
            ],
        ),
    )
    u(
        "room",
        _c(
            rng,
            [
                "Rm 412",
                "Room 7B",
                "Bed 3",
                "4 West, bed 12",
                "Rm 210-A",
                "Pod C",
                "L&D 6",
                "NICU bay 14",
                "ED 22",
            ],
        ),
    )
    u("time", f"{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}")
    u("time2", f"{rng.randrange(1, 12)}:{rng.randrange(60):02d} {_c(rng, ['AM', 'PM', 'am', 'pm'])}")
    u("year", str(rng.randrange(1975, 2025)))
    u("year2", str(rng.randrange(1990, 2025)))
    u("la_age", str(rng.randrange(2, 89)))
    u("la_age2", str(rng.randrange(18, 89)))
    u("mins", str(rng.randrange(3, 75)))
    u("secs", str(rng.randrange(10, 59)))
    u("bp", f"{rng.randrange(98, 172)}/{rng.randrange(58, 104)}")
    u("hr", str(rng.randrange(52, 118)))
    u("rr", str(rng.randrange(12, 24)))
    u("temp", f"{rng.randrange(970, 1012) / 10:.1f}")
    u("spo2", str(rng.randrange(91, 100)))
    u("wt", f"{rng.randrange(30, 120)}.{rng.randrange(10)}")
    u("ht", str(rng.randrange(140, 190)))
    u("bmi", f"{rng.randrange(17, 41)}.{rng.randrange(10)}")
    u("a1c", f"{rng.randrange(52, 118) / 10:.1f}")
    u("hgb", f"{rng.randrange(82, 160) / 10:.1f}")
    u("glu", str(rng.randrange(68, 320)))
    u("cr", f"{rng.randrange(5, 19) / 10:.1f}")
    u("alt", str(rng.randrange(12, 140)))
    u("eos", str(rng.randrange(0, 18)))
    u("tst", str(rng.randrange(0, 22)))
    u("vitd", str(rng.randrange(6, 48)))
    u("hbsag", _c(rng, ["reactive", "non-reactive", "nonreactive"]))
    u(
        "igra",
        _c(
            rng,
            [
                "positive (TB1-Nil 1.42 IU/mL)",
                "negative (0.04 IU/mL)",
                "indeterminate",
                "positive (0.88 IU/mL)",
            ],
        ),
    )
    u("phq", str(rng.randrange(0, 27)))
    u("gad", str(rng.randrange(0, 21)))
    u("moca", str(rng.randrange(14, 30)))
    u("pain", str(rng.randrange(0, 10)))
    u("money", f"${rng.randrange(20, 900)}.{_d(rng, 2)}")
    u("money2", f"${rng.randrange(50, 2000)}")
    u("rate", f"${rng.randrange(1, 4)}.{_d(rng, 2)}/min")
    u("eponym", _c(rng, _EPON))
    u("org", _c(rng, _ORGS))
    u("org2", _c(rng, _ORGS))
    u(
        "plan",
        _c(
            rng,
            [
                "Harbor Light Health Plan",
                "Medicaid MCO - Blue Prairie",
                "CareSource-style MCO",
                "Medicare Part B",
                "Tribal self-insured plan",
                "Ambetter Silver 73",
            ],
        ),
    )
    u(
        "vendor",
        _c(
            rng,
            [
                "LanguageBridge Partners",
                "Global Voice Interpreting",
                "CulturaLink Services",
                "Sunrise Interpreter Co-op",
                "TrueNorth Language Access",
                "OneWorld Language Line",
            ],
        ),
    )
    u("vendor_id", _c(rng, [f"VND-{_d(rng, 5)}", f"V{_d(rng, 6)}", f"SUP-{_d(rng, 4)}"]))
    u("vendor_tin", f"{_d(rng, 2)}-{_d(rng, 7)}")
    u("lab_clia", f"{_d(rng, 2)}D{_d(rng, 7)}")
    u("org_npi", _npi(rng))
    u("role", _c(rng, _ROLES))
    u("role2", _c(rng, _ROLES))
    u("relig", _c(rng, _RELIG))
    u("diet", _c(rng, _DIET))
    u(
        "device_brand",
        _c(
            rng,
            [
                "FreeStyle Libre 3",
                "Dexcom G7",
                "Omnipod 5",
                "Phonak Audéo",
                "ResMed AirSense 11",
                "Accu-Chek Guide",
                "Contour Next",
                "Medtronic 780G",
                "Omron 3 Series",
            ],
        ),
    )
    u(
        "score",
        _c(
            rng, ["Braden 18", "Morse 45", "CURB-65 1", "Wells 2", "APGAR 8/9", "GCS 15", "ECOG 2", "PPS 40%"]
        ),
    )
    u("apgar", f"{rng.randrange(5, 9)}/{rng.randrange(7, 10)}")
    u("wt_g", str(rng.randrange(2200, 4400)))
    u("ga", f"{rng.randrange(34, 41)}w{rng.randrange(7)}d")
    u("ext", str(rng.randrange(2000, 7999)))
    u("pct", str(rng.randrange(5, 95)))
    u("qty", str(rng.randrange(10, 120)))
    u("msg_id", _c(rng, [_d(rng, 10), f"MSG{_d(rng, 8)}", f"{_d(rng, 6)}.{_d(rng, 3)}"]))
    return L
