"""Values for set H (health care outside the United States): one invented identity per note, and filler.

``identifiers(rng)`` gives every key a template may use, each ``(PhiType, text)``; ``lookalikes(rng)``
gives clinical and administrative text that is not an identifier, each ``(None, text)``. Only ``rng``
is used, so a seed gives the same values every time. Check digits are computed where the real scheme
has one (NHS, CHI, H+C, Medicare, IHI, NHI, SIN, SA ID, NRIC, HKID, Aadhaar, Emirates ID, PPSN), but
every number is drawn at random: none is anybody's.
"""

from __future__ import annotations

import datetime as dt
import random

from mediflow.quality.phi_types import PhiType as T

Value = tuple[T | None, str]

# --- names ----------------------------------------------------------------------------------------

FIRST = (
    "Aoife",
    "Siobhán",
    "Niamh",
    "Tadhg",
    "Ciarán",
    "Sinéad",
    "Pádraig",
    "Maeve",
    "Eilidh",
    "Hamish",
    "Morag",
    "Callum",
    "Kirsty",
    "Rhys",
    "Dafydd",
    "Gwenllian",
    "Catrin",
    "Iolo",
    "Mohammed",
    "Fatima",
    "Priya",
    "Rajesh",
    "Ananya",
    "Lakshmi",
    "Venkatesh",
    "Thandiwe",
    "Sipho",
    "Lerato",
    "Pieter",
    "Annelie",
    "Wei",
    "Mei Ling",
    "Kwok Wai",
    "Ka Yan",
    "Siew Ling",
    "Hui Min",
    "Arjun",
    "Ngaire",
    "Aroha",
    "Wiremu",
    "Tāne",
    "Mere",
    "Tomasz",
    "Agnieszka",
    "Oluwaseun",
    "Chidi",
    "Ngozi",
    "Kwame",
    "Abena",
    "Yusuf",
    "Aisha",
    "Omar",
    "Layla",
    "Khalid",
    "Noor",
    "Jean-François",
    "Marie-Ève",
    "Émile",
    "Geneviève",
    "Hope",
    "Faith",
    "Rose",
    "Iris",
    "Ivy",
    "Hunter",
    "Mercy",
    "Joy",
    "Amber",
    "Robin",
    "Heather",
    "Daisy",
    "Ruby",
    "Bill",
    "Pat",
    "Sunny",
    "Florence",
    "Adelaide",
    "Sydney",
    "Chelsea",
    "Kingston",
    "Jordan",
    "India",
    "George",
    "Olivia",
    "Jack",
    "Grace",
    "Harriet",
    "Declan",
    "Bridget",
    "Zoë",
    "José",
    "Renée",
    "Dmitri",
    "Oksana",
    "Nguyen Thi",
    "Farhan",
    "Bronwyn",
)
NICK = {
    "William": "Bill",
    "Patricia": "Trish",
    "Margaret": "Peggy",
    "Robert": "Bob",
    "Elizabeth": "Betty",
    "Richard": "Dick",
    "Katherine": "Kate",
    "Edward": "Ted",
    "Christopher": "Kit",
    "Rebecca": "Becky",
    "Siobhán": "Shiv",
    "Oluwaseun": "Seun",
}
SURNAME = (
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Nwosu",
    "Ó Súilleabháin",
    "O'Brien",
    "O'Connor",
    "Ní Bhriain",
    "MacLeod",
    "McAllister",
    "Mackenzie",
    "Sinclair",
    "ap Rhys",
    "Llewellyn",
    "Pryce",
    "Jones-Evans",
    "Bevan",
    "Patel",
    "Sharma",
    "Reddy",
    "Iyer",
    "Chatterjee",
    "Nair",
    "Menon",
    "Siddiqui",
    "Khan",
    "Al-Mansouri",
    "Al Hashimi",
    "bin Rashid",
    "van der Merwe",
    "van Wyk",
    "du Plessis",
    "de Villiers",
    "Botha",
    "Nkosi",
    "Dlamini",
    "Mokoena",
    "Naidoo",
    "Pillay",
    "Chan",
    "Wong",
    "Cheung",
    "Tan",
    "Lim",
    "Ng",
    "Goh",
    "Ngata",
    "Te Whare",
    "Parata",
    "Tawhiri",
    "Kowalski",
    "Nowak",
    "Tremblay",
    "Gagnon",
    "Côté",
    "Bouchard",
    "Lefebvre",
    "de la Cruz",
    "dos Santos",
    "Smith",
    "Baker",
    "Fisher",
    "Wood",
    "Moss",
    "Bird",
    "Hill",
    "Green",
    "Black",
    "Young",
    "Rich",
    "Lane",
    "Marsh",
    "Church",
    "Preston",
    "Lincoln",
    "Derby",
    "Kent",
    "Chester",
    "Hamilton",
    "Perth",
    "Kendal",
    "Bolton",
    "Winter",
    "Frost",
    "Swan",
    "Fox",
    "Nash",
    "Price",
    "Cash",
    "Mercer",
    "Grant",
    "Bishop",
    "Page",
    "Harrington-Cole",
    "Okafor-Blake",
    "Smith-Rahman",
    "Lloyd-Jones",
    "Ahmed-Lewis",
    "Nguyen",
    "Van Den Berg",
    "D'Souza",
    "Fernandes",
    "Kaur",
    "Singh",
    "Mohamud",
    "Abdi",
    "Haddad",
)


def _ocr(rng: random.Random, s: str) -> str:
    """One or two scanner errors in ``s`` (O/0, l/1, rn/m, S/5, e/c)."""
    swaps = (("O", "0"), ("o", "0"), ("l", "1"), ("I", "1"), ("m", "rn"), ("S", "5"), ("e", "c"), ("B", "8"))
    out = s
    for a, b in rng.sample(swaps, len(swaps)):
        if a in out:
            i = out.index(a)
            out = out[:i] + b + out[i + len(a) :]
            if out != s and rng.random() < 0.6:
                break
    return out


class _Person:
    def __init__(self, rng: random.Random) -> None:
        self.first = rng.choice(FIRST)
        self.last = rng.choice(SURNAME)
        if rng.random() < 0.08:
            self.last = f"{self.last}-{rng.choice(SURNAME).replace(' ', '')}"
        self.mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.formal = rng.choice(tuple(NICK)) if rng.random() < 0.15 else self.first
        self.nick = NICK.get(self.formal, self.first.split()[0])

    def forms(self, rng: random.Random) -> dict[str, str]:
        f, last, m = self.formal, self.last, self.mid
        return {
            "full": f"{f} {last}",
            "first": f,
            "last": last,
            "init": f"{f[0]}. {last}",
            "rev": f"{last.upper()}, {f}",
            "revm": f"{last}, {f} {m}.",
            "caps": f"{f} {last}".upper(),
            "fml": f"{f} {m}. {last}",
            "any": rng.choice(
                (f"{f} {last}", f"{last}, {f}", f"{f[0]} {last}", f"{f} {m} {last}", f"{last.upper()} {f}")
            ),
            "nick": self.nick,
            "ocr": _ocr(rng, f"{last.upper()}, {f}"),
            "ini": f"{f[0]}{last.replace(' ', '')[0]}".upper(),
        }


# --- places ---------------------------------------------------------------------------------------

STREET_W = (
    "Larkspur",
    "Mill",
    "Station",
    "Church",
    "Victoria",
    "Albert",
    "Hawthorn",
    "Orchard",
    "Beech",
    "Queen's",
    "Kingsway",
    "Ferndale",
    "Glebe",
    "Heol Tŷ",
    "Bryn",
    "Harbour",
    "Wattle",
    "Kauri",
    "Pōhutukawa",
    "Maple",
    "Rue Saint-",
    "Jacaranda",
    "Protea",
    "Nelson Mandela",
    "Ash Grove",
    "Coronation",
    "Tannery",
    "Ropewalk",
    "Chapel",
    "Saint Mary's",
)
UK_ST = (
    "Road",
    "Street",
    "Close",
    "Crescent",
    "Avenue",
    "Lane",
    "Drive",
    "Way",
    "Terrace",
    "Gardens",
    "Mews",
    "Rd",
    "St",
)
AU_ST = ("Street", "Road", "Parade", "Avenue", "Court", "Place", "Highway", "St", "Rd", "Cres")
HOUSE = (
    "Rose Cottage",
    "The Old Forge",
    "Tigh na Mara",
    "Bryn Awel",
    "Glenview",
    "Ard na Gréine",
    "Kowhai Lodge",
)

UK_TOWN = (
    ("Leeds", "LS"),
    ("Bradford", "BD"),
    ("Wakefield", "WF"),
    ("Hull", "HU"),
    ("Stockport", "SK"),
    ("Wigan", "WN"),
    ("Reading", "RG"),
    ("Luton", "LU"),
    ("Bedford", "MK"),
    ("Exeter", "EX"),
    ("Truro", "TR"),
    ("Ipswich", "IP"),
    ("Norwich", "NR"),
    ("Lincoln", "LN"),
    ("Derby", "DE"),
    ("Preston", "PR"),
    ("Blackburn", "BB"),
    ("Sunderland", "SR"),
    ("Gateshead", "NE"),
    ("Hastings", "TN"),
    ("Crawley", "RH"),
    ("Swindon", "SN"),
    ("Gloucester", "GL"),
    ("Telford", "TF"),
)
UK_COUNTY = (
    "West Yorkshire",
    "Lancashire",
    "Norfolk",
    "Cornwall",
    "Devon",
    "Suffolk",
    "Berkshire",
    "Tyne and Wear",
    "East Sussex",
    "Gloucestershire",
    "Shropshire",
    "Derbyshire",
)
SCOT_TOWN = (
    ("Paisley", "PA"),
    ("Kilmarnock", "KA"),
    ("Dundee", "DD"),
    ("Inverness", "IV"),
    ("Perth", "PH"),
    ("Stirling", "FK"),
    ("Falkirk", "FK"),
    ("Kirkcaldy", "KY"),
    ("Ayr", "KA"),
    ("Dumfries", "DG"),
    ("Elgin", "IV"),
    ("Oban", "PA"),
    ("Motherwell", "ML"),
)
WALES_TOWN = (
    ("Swansea", "SA"),
    ("Wrexham", "LL"),
    ("Bangor", "LL"),
    ("Aberystwyth", "SY"),
    ("Llanelli", "SA"),
    ("Merthyr Tydfil", "CF"),
    ("Newport", "NP"),
    ("Bridgend", "CF"),
    ("Carmarthen", "SA"),
    ("Rhyl", "LL"),
    ("Pontypridd", "CF"),
    ("Caerphilly", "CF"),
)
NI_TOWN = (
    "Belfast",
    "Derry",
    "Londonderry",
    "Newry",
    "Lisburn",
    "Omagh",
    "Enniskillen",
    "Armagh",
    "Coleraine",
    "Ballymena",
    "Craigavon",
)
IE_TOWN = (
    ("Cork", "T12"),
    ("Galway", "H91"),
    ("Limerick", "V94"),
    ("Waterford", "X91"),
    ("Sligo", "F91"),
    ("Tralee", "V92"),
    ("Athlone", "N37"),
    ("Drogheda", "A92"),
    ("Letterkenny", "F92"),
    ("Castlebar", "F23"),
    ("Ennis", "V95"),
    ("Kilkenny", "R95"),
    ("Dundalk", "A91"),
    ("Dublin 8", "D08"),
)
IE_COUNTY = (
    "Cork",
    "Galway",
    "Kerry",
    "Mayo",
    "Donegal",
    "Clare",
    "Kilkenny",
    "Louth",
    "Sligo",
    "Westmeath",
    "Wicklow",
    "Meath",
    "Roscommon",
    "Tipperary",
)
AU_TOWN = (
    ("Ballarat", "VIC", "3350"),
    ("Bendigo", "VIC", "3550"),
    ("Geelong", "VIC", "3220"),
    ("Toowoomba", "QLD", "4350"),
    ("Cairns", "QLD", "4870"),
    ("Townsville", "QLD", "4810"),
    ("Wagga Wagga", "NSW", "2650"),
    ("Dubbo", "NSW", "2830"),
    ("Launceston", "TAS", "7250"),
    ("Mandurah", "WA", "6210"),
    ("Parramatta", "NSW", "2150"),
    ("Frankston", "VIC", "3199"),
    ("Penrith", "NSW", "2750"),
    ("Mildura", "VIC", "3500"),
    ("Orange", "NSW", "2800"),
    ("Bunbury", "WA", "6230"),
    ("Elizabeth", "SA", "5112"),
    ("Palmerston", "NT", "0830"),
)
NZ_TOWN = (
    ("Hamilton", "3204"),
    ("Tauranga", "3110"),
    ("Rotorua", "3010"),
    ("Palmerston North", "4410"),
    ("Whangārei", "0110"),
    ("Napier", "4110"),
    ("Nelson", "7010"),
    ("Invercargill", "9810"),
    ("Dunedin", "9016"),
    ("Gisborne", "4010"),
    ("Timaru", "7910"),
)
NZ_SUBURB = (
    "Ōtara",
    "Manurewa",
    "Papatoetoe",
    "Karori",
    "Riccarton",
    "Frankton",
    "Naenae",
    "Glen Innes",
    "Māngere",
    "Cannons Creek",
)
CA_TOWN = (
    ("Mississauga", "ON", "L5"),
    ("Brampton", "ON", "L6"),
    ("Sudbury", "ON", "P3"),
    ("Thunder Bay", "ON", "P7"),
    ("Kingston", "ON", "K7"),
    ("Laval", "QC", "H7"),
    ("Gatineau", "QC", "J8"),
    ("Sherbrooke", "QC", "J1"),
    ("Trois-Rivières", "QC", "G8"),
    ("Kelowna", "BC", "V1"),
    ("Kamloops", "BC", "V2"),
    ("Nanaimo", "BC", "V9"),
    ("Surrey", "BC", "V3"),
    ("Red Deer", "AB", "T4"),
)
IN_TOWN = (
    ("Pune", "Kothrud", "4110"),
    ("Nagpur", "Dharampeth", "4400"),
    ("Kochi", "Kakkanad", "6820"),
    ("Coimbatore", "R.S. Puram", "6410"),
    ("Mysuru", "Kuvempunagar", "5700"),
    ("Lucknow", "Gomti Nagar", "2260"),
    ("Indore", "Vijay Nagar", "4520"),
    ("Jaipur", "Malviya Nagar", "3020"),
    ("Hyderabad", "Banjara Hills", "5000"),
)
ZA_TOWN = (
    ("Durban", "Umbilo", "4001"),
    ("Pietermaritzburg", "Scottsville", "3201"),
    ("Bloemfontein", "Westdene", "9301"),
    ("Gqeberha", "Walmer", "6070"),
    ("Polokwane", "Bendor", "0699"),
    ("Soweto", "Orlando East", "1804"),
    ("Cape Town", "Khayelitsha", "7784"),
    ("Stellenbosch", "Idas Valley", "7600"),
)
SG_AREA = ("Tampines", "Jurong West", "Woodlands", "Ang Mo Kio", "Bedok", "Yishun", "Toa Payoh", "Sengkang")
HK_DIST = (
    "Sha Tin",
    "Tuen Mun",
    "Kwun Tong",
    "Tseung Kwan O",
    "Yuen Long",
    "Tai Po",
    "Mong Kok",
    "Sham Shui Po",
)
HK_ESTATE = (
    "Lek Yuen Estate",
    "Wo Che Estate",
    "Sau Mau Ping Estate",
    "Tin Shui Wai",
    "Fu Heng Estate",
    "Kwai Shing East Estate",
)
AE_AREA = (
    ("Al Barsha", "Dubai"),
    ("Deira", "Dubai"),
    ("Al Nahda", "Sharjah"),
    ("Mirdif", "Dubai"),
    ("Al Jimi", "Al Ain"),
    ("Al Khalidiya", "Abu Dhabi"),
    ("Al Nuaimiya", "Ajman"),
    ("Al Nakheel", "Ras Al Khaimah"),
)
HOSP_SUFFIX = (
    "General Hospital",
    "Royal Infirmary",
    "District Hospital",
    "Community Hospital",
    "University Hospital",
    "Base Hospital",
    "Health Centre",
    "Medical Centre",
    "Hospice",
)


def _uk_postcode(rng: random.Random, area: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{rng.randint(1, 29)} {rng.randint(0, 9)}{rng.choice(letters)}{rng.choice(letters)}"


def _ca_postcode(rng: random.Random, fsa2: str) -> str:
    ok = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa2}{rng.choice(ok)} {rng.randint(0, 9)}{rng.choice(ok)}{rng.randint(0, 9)}"


def _eircode(rng: random.Random, key: str) -> str:
    chars = "ACDEFHKNPRTVWXY0123456789"
    tail = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(chars) for _ in range(3))
    return f"{key} {tail}" if rng.random() < 0.85 else f"{key}{tail}"


def _street(rng: random.Random, kinds: tuple[str, ...]) -> str:
    w = rng.choice(STREET_W)
    if w.endswith("-"):
        return f"{rng.randint(2, 980)}, {w}{rng.choice(('Denis', 'Laurent', 'Jacques'))}"
    return f"{rng.randint(1, 240)}{rng.choice(('', '', '', 'A', 'b'))} {w} {rng.choice(kinds)}"


# --- dates ----------------------------------------------------------------------------------------

MONTHS = (
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
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(rng: random.Random, d: dt.date, style: int | None = None) -> str:
    s = rng.randrange(13) if style is None else style
    mon = MONTHS[d.month - 1]
    return (
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}/{d.month}/{d.year % 100:02d}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day} {mon} {d.year}",
        f"{d.day} {mon[:3]} {d.year}",
        f"{d.day:02d}-{mon[:3].upper()}-{d.year}",
        f"{d.day:02d}{mon[:3].upper()}{d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{_ord(d.day)} {mon} {d.year}",
        f"{DAYS[d.weekday()]} {d.day} {mon} {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        f"{d.day}-{mon[:3]}-{d.year % 100:02d}",
    )[s]


def _rand_date(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 31).toordinal()))


# --- check digits ---------------------------------------------------------------------------------


def _mod11(rng: random.Random, prefix: str, n: int) -> str:
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix)))
        total = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=False))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


_VD = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VP = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
_VINV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def _verhoeff(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def _grp(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    return sep.join(out)


def nhs_number(rng: random.Random) -> str:
    n = _mod11(rng, str(rng.randint(4, 7)), 9)
    return rng.choice((_grp(n, (3, 3, 4)), n, _grp(n, (3, 3, 4), "-"), _grp(n, (3, 3, 4))))


def chi_number(rng: random.Random, dob: dt.date) -> str:
    n = _mod11(rng, f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}", 9)
    return n if rng.random() < 0.6 else _grp(n, (6, 4))


def hc_number(rng: random.Random) -> str:
    n = _mod11(rng, str(rng.randint(320, 399)), 9)
    return rng.choice((n, _grp(n, (3, 3, 4))))


def au_medicare(rng: random.Random) -> str:
    body = str(rng.randint(2, 6)) + _digits(rng, 7)
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    num = f"{body}{check}{rng.randint(1, 9)}"
    irn = rng.randint(1, 6)
    return rng.choice(
        (f"{num[:4]} {num[4:9]} {num[9]}", f"{num}-{irn}", f"{num[:4]} {num[4:9]} {num[9]} / {irn}", num)
    )


def au_ihi(rng: random.Random) -> str:
    body = "800360" + _digits(rng, 9)
    n = body + _luhn_digit(body)
    return rng.choice((_grp(n, (4, 4, 4, 4)), n))


def nz_nhi(rng: random.Random) -> str:
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        letters = "".join(rng.choice(alpha) for _ in range(3))
        digits = _digits(rng, 3)
        vals = [alpha.index(c) + 1 for c in letters] + [int(d) for d in digits]
        total = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True))
        check = 11 - total % 11
        if check == 11:
            continue
        return f"{letters}{digits}{check % 10}"


def ohip(rng: random.Random) -> str:
    body = _digits(rng, 9)
    n = body + _luhn_digit(body)
    vc = rng.choice("ABCEGHJKLMNPRSTVWXYZ") + rng.choice("ABCEGHJKLMNPRSTVWXYZ")
    return rng.choice(
        (f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}", f"{n}{vc}", f"{n} {vc}")
    )


def sin(rng: random.Random) -> str:
    body = str(rng.choice((1, 2, 3, 4, 5, 6, 7, 9))) + _digits(rng, 7)
    n = body + _luhn_digit(body)
    return rng.choice((_grp(n, (3, 3, 3)), _grp(n, (3, 3, 3), "-"), n))


def za_id(rng: random.Random, dob: dt.date) -> str:
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{rng.randint(0, 9999):04d}{rng.choice('01')}8"
    n = body + _luhn_digit(body)
    return n if rng.random() < 0.7 else f"{n[:6]} {n[6:10]} {n[10:]}"


def nric(rng: random.Random, letters: str = "ST") -> str:
    p = rng.choice(letters)
    d = _digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(d, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if p in "TG" else 0)
    table = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"
    return f"{p}{d}{table[total % 11]}"


def hkid(rng: random.Random) -> str:
    letter = rng.choice("ACDEGHKMPRVWYZ")
    d = _digits(rng, 6)
    total = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(c) * w for c, w in zip(d, range(7, 1, -1), strict=True))
    chk = (11 - total % 11) % 11
    c = "A" if chk == 10 else str(chk)
    return rng.choice((f"{letter}{d}({c})", f"{letter}{d} ({c})", f"{letter}{d}{c}"))


def aadhaar(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + _digits(rng, 10)
    n = body + _verhoeff(body)
    return rng.choice((_grp(n, (4, 4, 4)), _grp(n, (4, 4, 4), "-"), n, "XXXX XXXX " + n[8:]))


def emirates_id(rng: random.Random, dob: dt.date) -> str:
    body = f"784{dob.year}{_digits(rng, 7)}"
    n = body + _luhn_digit(body)
    return rng.choice((f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}", n))


def ppsn(rng: random.Random) -> str:
    d = _digits(rng, 7)
    second = rng.choice(("", "A", "B", "W", "H"))
    total = sum(int(c) * w for c, w in zip(d, range(8, 1, -1), strict=True))
    if second and second != "W":
        total += 9 * (ord(second) - 64)
    chk = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
    return rng.choice((f"{d}{chk}{second}", f"{d} {chk}{second}"))


def ni_number(rng: random.Random) -> str:
    a = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = _digits(rng, 6)
    s = rng.choice("ABCD")
    return rng.choice((f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{a}{b}{d}{s}", f"{a}{b} {d} {s}"))


def dvla_number(rng: random.Random, last: str, first: str, mid: str, dob: dt.date, female: bool) -> str:
    sur = "".join(c for c in last.upper() if "A" <= c <= "Z")[:5].ljust(5, "9")
    month = dob.month + (50 if female else 0)
    n = f"{sur}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{first[0].upper()}{mid}9"
    n += rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    n = n.replace("É", "E").replace("Ó", "O")
    return n if rng.random() < 0.6 else f"{n[:5]} {n[5:11]} {n[11:]}"


def _up(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- phones ---------------------------------------------------------------------------------------


def phone(rng: random.Random, cc: str, mobile: bool = False) -> str:
    r2 = f"{rng.randint(0, 99):02d}"
    if cc == "uk":
        if mobile:
            return rng.choice(
                (
                    f"07700 900{rng.randint(0, 999):03d}",
                    f"+44 7700 900{rng.randint(0, 999):03d}",
                    f"077009{rng.randint(0, 99999):05d}",
                )
            )
        area = rng.choice(
            (
                "0113 496",
                "0114 496",
                "0115 496",
                "0117 496",
                "0118 496",
                "0121 496",
                "0131 496",
                "0141 496",
                "0151 496",
                "0161 496",
                "029 2018",
                "028 9018",
                "01632 960",
            )
        )
        tail = f"{rng.randint(0, 999):03d}" if area.startswith("01632") else f"{rng.randint(0, 999):04d}"
        num = f"{area} {tail}"
        return rng.choice(
            (num, num.replace(" ", ""), f"+44 (0){num[1:]}", f"({area.split()[0]}) {area.split()[1]} {tail}")
        )
    if cc == "au":
        if mobile:
            return rng.choice(
                (
                    f"0491 57{rng.randint(0, 9)} {rng.randint(0, 999):03d}",
                    f"+61 491 57{rng.randint(0, 9)} {rng.randint(0, 999):03d}",
                )
            )
        a = rng.choice("2378")
        return rng.choice(
            (
                f"(0{a}) 5550 {rng.randint(0, 9999):04d}",
                f"0{a} 5550 {rng.randint(0, 9999):04d}",
                f"+61 {a} 5550 {rng.randint(0, 9999):04d}",
            )
        )
    if cc == "nz":
        return rng.choice(
            (
                f"(0{rng.choice('34679')}) 555 01{r2}",
                f"021 555 01{r2}",
                f"+64 {rng.choice('34679')} 555 01{r2}",
                f"027-555-01{r2}",
            )
        )
    if cc == "ca":
        ac = rng.choice(("416", "905", "613", "705", "514", "450", "819", "604", "250", "403", "778"))
        return rng.choice(
            (
                f"({ac}) 555-01{r2}",
                f"{ac}-555-01{r2}",
                f"{ac}.555.01{r2}",
                f"+1 {ac} 555 01{r2}",
                f"1-{ac}-555-01{r2}",
            )
        )
    if cc == "ie":
        return rng.choice(
            (
                f"(0{rng.choice(('1', '21', '91', '61', '71'))}) 555 01{r2}",
                f"087 555 01{r2}",
                f"+353 86 555 01{r2}",
                f"0{rng.choice(('66', '94', '74'))}-555 01{r2}",
            )
        )
    if cc == "in":
        return rng.choice(
            (
                f"+91 98{rng.randint(100, 999)} 0{rng.randint(1000, 9999)}",
                f"0{rng.choice(('20', '22', '484', '712'))}-2555 01{r2}",
                f"9{rng.randint(100000000, 999999999)}",
                f"+91-{rng.randint(70000, 99999)}-{rng.randint(10000, 99999)}",
            )
        )
    if cc == "za":
        return rng.choice(
            (
                f"0{rng.choice(('21', '31', '11', '51'))} 555 01{r2}",
                f"082 555 01{r2}",
                f"+27 {rng.choice(('72', '83', '31'))} 555 01{r2}",
            )
        )
    if cc == "sg":
        return rng.choice(
            (
                f"+65 6555 01{r2}",
                f"6555 01{r2}",
                f"9{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                f"+65 8{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
            )
        )
    if cc == "hk":
        return rng.choice(
            (
                f"+852 2555 01{r2}",
                f"2555 01{r2}",
                f"9{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                f"(852) 3555-01{r2}",
            )
        )
    # ae
    return rng.choice(
        (f"+971 4 555 01{r2}", f"04-555 01{r2}", f"050 555 01{r2}", f"+971-55-555-01{r2}", f"02 555 01{r2}")
    )


CCS = ("uk", "au", "nz", "ca", "ie", "in", "za", "sg", "hk", "ae")


# --- identifiers ----------------------------------------------------------------------------------


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient and the people, places, dates and numbers around one document."""
    v: dict[str, Value] = {}
    pt = _Person(rng)
    female = rng.random() < 0.52
    for key, p in (
        ("pt", pt),
        ("nok", _Person(rng)),
        ("gp", _Person(rng)),
        ("cons", _Person(rng)),
        ("reg", _Person(rng)),
        ("nurse", _Person(rng)),
        ("para", _Person(rng)),
        ("para2", _Person(rng)),
        ("pharm", _Person(rng)),
        ("sw", _Person(rng)),
        ("off", _Person(rng)),
        ("sec", _Person(rng)),
    ):
        for form, text in p.forms(rng).items():
            v[f"{key}_{form}"] = (T.NAME, text)
    v["nok_last"] = (T.NAME, pt.last if rng.random() < 0.5 else v["nok_last"][1])
    v["pt_maiden"] = (T.NAME, rng.choice(SURNAME))

    # dates
    dob = _rand_date(rng, 1924, 2006)
    old_dob = _rand_date(rng, 1919, 1934)
    ref = _rand_date(rng, 2023, 2025)
    v["dob"] = (T.DATE, fmt_date(rng, dob))
    v["dob_num"] = (T.DATE, fmt_date(rng, dob, rng.choice((0, 2, 3, 11))))
    v["dob_long"] = (T.DATE, fmt_date(rng, dob, rng.choice((4, 5, 9))))
    v["old_dob"] = (T.DATE, fmt_date(rng, old_dob))
    age = (ref - old_dob).days // 365
    v["age_old"] = (T.AGE, str(max(age, 90)))
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
        102: "one hundred and two",
    }
    v["age_old_w"] = (T.AGE, words.get(max(age, 90), "one hundred and three"))

    def off(a: int, b: int) -> dt.date:
        return ref + dt.timedelta(days=rng.randint(a, b))

    adm, dis = off(-20, -6), off(-5, 0)
    for k, d in (
        ("adm", adm),
        ("dis", dis),
        ("clinic", off(-40, -1)),
        ("letter", ref),
        ("ref", off(-90, -30)),
        ("fu", off(20, 120)),
        ("event", off(-3, 0)),
        ("death", off(-10, -1)),
        ("sent", off(1, 4)),
        ("exp", off(400, 1800)),
        ("issue", off(-1500, -300)),
        ("implant", off(-2500, -200)),
        ("arr", off(-200, -30)),
        ("start", off(-3, 0)),
        ("end", off(7, 42)),
    ):
        v[f"{k}_date"] = (T.DATE, fmt_date(rng, d))
        v[f"{k}_dnum"] = (T.DATE, fmt_date(rng, d, rng.choice((0, 1, 11))))
    ev = ref + dt.timedelta(days=rng.randint(-3, 0))
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    v["event_dt"] = (
        T.DATE,
        rng.choice(
            (
                f"{ev.day:02d}/{ev.month:02d}/{ev.year} {hh:02d}:{mm:02d}",
                f"{ev.day:02d}-{MONTHS[ev.month - 1][:3]}-{ev.year} {hh:02d}{mm:02d}",
                f"{ev.isoformat()}T{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
                f"{ev.day:02d}.{ev.month:02d}.{ev.year % 100:02d} {hh:02d}:{mm:02d}",
            )
        ),
    )
    v["event_dt2"] = (
        T.DATE,
        f"{ev.day:02d}/{ev.month:02d}/{ev.year} {(hh + 1) % 24:02d}:{(mm + 17) % 60:02d}",
    )
    v["short_date"] = (
        T.DATE,
        rng.choice(
            (
                f"{ev.day}/{ev.month}",
                f"{ev.day} {MONTHS[ev.month - 1][:3]}",
                f"{_ord(ev.day)} {MONTHS[ev.month - 1]}",
                f"{ev.day:02d}.{ev.month:02d}",
            )
        ),
    )
    v["month_year"] = (
        T.DATE,
        rng.choice(
            (
                f"{MONTHS[dis.month - 1]} {dis.year}",
                f"{dis.month:02d}/{dis.year}",
                f"{MONTHS[dis.month - 1][:3]}-{dis.year % 100:02d}",
            )
        ),
    )
    v["wc_date"] = (T.DATE, fmt_date(rng, off(14, 60), rng.choice((0, 1, 5))))

    # places: UK
    town, area = rng.choice(UK_TOWN)
    v["uk_street"] = (T.LOCATION, _street(rng, UK_ST))
    v["uk_flat"] = (T.LOCATION, rng.choice(("Flat 3", "Flat 12B", "Apartment 4", "Flat 2/1", "Unit 7")))
    v["house"] = (T.LOCATION, rng.choice(HOUSE))
    v["uk_town"] = (T.LOCATION, town)
    v["uk_county"] = (T.LOCATION, rng.choice(UK_COUNTY))
    v["uk_pc"] = (T.LOCATION, _uk_postcode(rng, area))
    v["uk_hosp"] = (T.LOCATION, f"{town} {rng.choice(HOSP_SUFFIX)}")
    v["uk_surgery"] = (
        T.LOCATION,
        f"{rng.choice(UK_TOWN)[0]} {rng.choice(('Health Centre', 'Medical Practice', 'Group Practice', 'Surgery'))}",
    )
    v["uk_street2"] = (T.LOCATION, _street(rng, UK_ST))
    v["uk_town2"] = (T.LOCATION, rng.choice(UK_TOWN)[0])
    st, sa = rng.choice(SCOT_TOWN)
    v["scot_town"] = (T.LOCATION, st)
    v["scot_pc"] = (T.LOCATION, _uk_postcode(rng, sa))
    v["scot_hosp"] = (T.LOCATION, f"{rng.choice(SCOT_TOWN)[0]} {rng.choice(HOSP_SUFFIX[:4])}")
    wt, wa = rng.choice(WALES_TOWN)
    v["wales_town"] = (T.LOCATION, wt)
    v["wales_pc"] = (T.LOCATION, _uk_postcode(rng, wa))
    v["wales_hosp"] = (T.LOCATION, f"Ysbyty {rng.choice(WALES_TOWN)[0]}")
    v["ni_town"] = (T.LOCATION, rng.choice(NI_TOWN))
    v["ni_pc"] = (
        T.LOCATION,
        f"BT{rng.randint(1, 94)} {rng.randint(0, 9)}{_up(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
    )
    v["ni_hosp"] = (
        T.LOCATION,
        f"{rng.choice(NI_TOWN)} {rng.choice(('Area Hospital', 'Hospital', 'Health Centre'))}",
    )
    it, ik = rng.choice(IE_TOWN)
    v["ie_town"] = (T.LOCATION, it)
    v["ie_county"] = (T.LOCATION, rng.choice(IE_COUNTY))
    v["eircode"] = (T.LOCATION, _eircode(rng, ik))
    v["ie_hosp"] = (
        T.LOCATION,
        f"{rng.choice(('University Hospital', 'Regional Hospital', 'General Hospital'))} {rng.choice(IE_TOWN)[0].split()[0]}",
    )
    v["ie_street"] = (
        T.LOCATION,
        rng.choice(
            (_street(rng, UK_ST), f"{rng.randint(1, 60)} Bóthar na Trá", f"{rng.randint(1, 90)} Ard Aoibhinn")
        ),
    )
    v["townland"] = (
        T.LOCATION,
        rng.choice(("Ballinacurra", "Knocknagree", "Gortnahoe", "Carrowmore", "Drumcliff", "Lisnagry")),
    )
    # AU / NZ
    at, _ast, apc = rng.choice(AU_TOWN)
    v["au_street"] = (T.LOCATION, _street(rng, AU_ST))
    v["au_unit"] = (T.LOCATION, rng.choice((f"Unit {rng.randint(1, 20)}", f"{rng.randint(1, 14)}/", "Lot 4")))
    v["au_town"] = (T.LOCATION, at)
    v["au_pc"] = (T.LOCATION, apc[:-1] + str(rng.randint(0, 9)))
    v["au_hosp"] = (
        T.LOCATION,
        f"{rng.choice(AU_TOWN)[0]} {rng.choice(('Base Hospital', 'Health', 'Hospital', 'District Health Service'))}",
    )
    nt, npc = rng.choice(NZ_TOWN)
    v["nz_street"] = (T.LOCATION, _street(rng, ("Road", "Street", "Place", "Crescent", "Terrace")))
    v["nz_suburb"] = (T.LOCATION, rng.choice(NZ_SUBURB))
    v["nz_town"] = (T.LOCATION, nt)
    v["nz_pc"] = (T.LOCATION, npc[:-1] + str(rng.randint(0, 9)))
    v["nz_hosp"] = (T.LOCATION, f"{rng.choice(NZ_TOWN)[0]} Hospital")
    # Canada
    ct, _cp, fsa = rng.choice(CA_TOWN)
    v["ca_street"] = (
        T.LOCATION,
        rng.choice(
            (
                _street(rng, ("Street", "Avenue", "Boulevard", "Drive", "Crescent")),
                f"{rng.randint(10, 9999)} rue {rng.choice(('Principale', 'des Érables', 'Saint-Joseph', 'King'))}",
            )
        ),
    )
    v["ca_apt"] = (
        T.LOCATION,
        rng.choice(
            (f"Apt {rng.randint(101, 2410)}", f"Unit {rng.randint(1, 40)}", f"app. {rng.randint(1, 12)}")
        ),
    )
    v["ca_city"] = (T.LOCATION, ct)
    v["ca_pc"] = (T.LOCATION, _ca_postcode(rng, fsa))
    v["ca_hosp"] = (
        T.LOCATION,
        f"{rng.choice(CA_TOWN)[0]} {rng.choice(('General Hospital', 'Regional Health Centre', 'Hospital'))}",
    )
    # India / SA / SG / HK / UAE
    ic, iarea, ipin = rng.choice(IN_TOWN)
    v["in_addr"] = (
        T.LOCATION,
        rng.choice(
            (
                f"Flat {rng.randint(1, 12)}0{rng.randint(1, 9)}, {rng.choice(('Sai Krupa Apts', 'Shanti Niwas', 'Green Park Society', 'Lakshmi Residency'))}",
                f"H.No. {rng.randint(1, 30)}-{rng.randint(1, 200)}/{rng.randint(1, 9)}",
                f"{rng.randint(1, 80)}, {rng.choice(('Nehru Road', 'MG Road', '2nd Cross', 'Temple Street'))}",
            )
        ),
    )
    v["in_area"] = (T.LOCATION, iarea)
    v["in_city"] = (T.LOCATION, ic)
    v["in_pin"] = (
        T.LOCATION,
        rng.choice((ipin + f"{rng.randint(10, 99)}", ipin[:3] + " " + ipin[3] + f"{rng.randint(10, 99)}")),
    )
    v["in_hosp"] = (
        T.LOCATION,
        f"{rng.choice(IN_TOWN)[0]} {rng.choice(('Multispeciality Hospital', 'Medical College Hospital', 'Civil Hospital'))}",
    )
    zc, zs, zpc = rng.choice(ZA_TOWN)
    v["za_street"] = (T.LOCATION, _street(rng, ("Street", "Road", "Avenue", "Drive")))
    v["za_suburb"] = (T.LOCATION, zs)
    v["za_city"] = (T.LOCATION, zc)
    v["za_pc"] = (T.LOCATION, zpc)
    v["za_hosp"] = (
        T.LOCATION,
        f"{rng.choice(ZA_TOWN)[0]} {rng.choice(('Provincial Hospital', 'Regional Hospital', 'Day Hospital'))}",
    )
    sga = rng.choice(SG_AREA)
    v["sg_blk"] = (
        T.LOCATION,
        f"Blk {rng.randint(100, 999)} {sga} {rng.choice(('St', 'Ave', 'Dr'))} {rng.randint(11, 93)}",
    )
    v["sg_unit"] = (T.LOCATION, f"#{rng.randint(2, 25):02d}-{rng.randint(1, 999):03d}")
    v["sg_area"] = (T.LOCATION, sga)
    v["sg_pc"] = (
        T.LOCATION,
        rng.choice(("", "Singapore ")) + f"{rng.randint(310, 829)}{rng.randint(0, 999):03d}",
    )
    v["hk_flat"] = (T.LOCATION, f"Flat {rng.choice('ABCDEFGH')}, {rng.randint(2, 40)}/F")
    v["hk_block"] = (T.LOCATION, f"Block {rng.randint(1, 12)}, {rng.choice(HK_ESTATE)}")
    v["hk_district"] = (T.LOCATION, rng.choice(HK_DIST))
    v["hk_hosp"] = (T.LOCATION, f"{rng.choice(HK_DIST)} Hospital")
    aa, ac = rng.choice(AE_AREA)
    v["ae_villa"] = (
        T.LOCATION,
        rng.choice(
            (
                f"Villa {rng.randint(1, 90)}, Street {rng.randint(1, 40)}",
                f"Apt {rng.randint(101, 2909)}, {rng.choice(('Al Reem Tower', 'Marina Heights', 'Palm View Bldg'))}",
            )
        ),
    )
    v["ae_area"] = (T.LOCATION, aa)
    v["ae_city"] = (T.LOCATION, ac)
    v["ae_pobox"] = (T.LOCATION, f"P.O. Box {rng.randint(1000, 99999)}")
    v["scot_surgery"] = (
        T.LOCATION,
        f"{rng.choice(SCOT_TOWN)[0]} {rng.choice(('Medical Practice', 'Health Centre', 'Group Practice'))}",
    )
    v["ni_hc"] = (T.LOCATION, f"{rng.choice(NI_TOWN)} Health Centre")
    v["ie_clinic"] = (
        T.LOCATION,
        f"{rng.choice(IE_TOWN)[0]} {rng.choice(('Medical Centre', 'Primary Care Centre', 'Family Practice'))}",
    )
    v["au_clinic"] = (
        T.LOCATION,
        f"{rng.choice(AU_TOWN)[0]} {rng.choice(('Medical Clinic', 'Family Practice', 'Medical Centre'))}",
    )
    v["nz_clinic"] = (
        T.LOCATION,
        f"{rng.choice(NZ_TOWN)[0]} {rng.choice(('Medical Centre', 'Health Centre'))}",
    )
    v["place_death"] = (
        T.LOCATION,
        rng.choice((v["uk_street"][1], f"{rng.choice(('Cedar', 'Larch', 'Birch'))} Court Care Home")),
    )

    # contact
    for cc in CCS:
        v[f"{cc}_phone"] = (T.PHONE, phone(rng, cc))
        v[f"{cc}_mob"] = (T.PHONE, phone(rng, cc, True))
        v[f"{cc}_fax"] = (T.FAX, phone(rng, cc))
        v[f"{cc}_phone2"] = (T.PHONE, phone(rng, cc, rng.random() < 0.5))
    f0 = (
        pt.first.split()[0]
        .lower()
        .replace("é", "e")
        .replace("á", "a")
        .replace("ë", "e")
        .replace("è", "e")
        .replace("ā", "a")
    )
    l0 = "".join(c for c in pt.last.lower() if c.isascii() and c.isalpha()) or "x"
    dom = rng.choice(("example.com", "example.org", "mail.example.net", "inbox.test", "example.co.uk"))
    v["pt_email"] = (
        T.EMAIL,
        rng.choice((f"{f0}.{l0}@{dom}", f"{f0[0]}{l0}{rng.randint(1, 99)}@{dom}", f"{l0}_{f0}@{dom}")),
    )
    v["nok_email"] = (
        T.EMAIL,
        f"{v['nok_first'][1].split()[0].lower()[:3]}{rng.randint(10, 999)}@{rng.choice(('example.org', 'example.com', 'family.test'))}".replace(
            "é", "e"
        ).replace("á", "a"),
    )
    g = "".join(c for c in v["gp_last"][1].lower() if c.isascii() and c.isalpha()) or "dr"
    c = "".join(c for c in v["cons_last"][1].lower() if c.isascii() and c.isalpha()) or "cons"
    v["gp_email"] = (
        T.EMAIL,
        rng.choice(
            (f"{g}.gp@practice.example.org", f"gp.{g}{rng.randint(1, 9)}@nhs.test", f"{g}@clinic.example.com")
        ),
    )
    v["cons_email"] = (
        T.EMAIL,
        rng.choice(
            (
                f"{c}.secretary@trust.example.org",
                f"{c}{rng.randint(1, 99)}@hospital.test",
                f"dr.{c}@example.com",
            )
        ),
    )
    v["dept_email"] = (
        T.EMAIL,
        rng.choice(
            (
                "ovm.team@trust.example.org",
                "referrals.cardiology@hospital.test",
                "preauth@insurer.example.com",
                "coroners.officers@example.org",
                "medrecords@health.test",
            )
        ),
    )
    tok = _up(rng, 6, "abcdefghjkmnpqrstuvwxyz23456789")
    v["video_url"] = (
        T.URL,
        rng.choice(
            (
                f"https://attend.example.org/room/{tok}",
                f"https://video.health.test/join?c={tok}{rng.randint(100, 999)}",
                f"meet.example.com/clinic-{tok}",
            )
        ),
    )
    v["portal_url"] = (
        T.URL,
        rng.choice(
            (
                f"https://portal.example.org/patient/{rng.randint(100000, 999999)}",
                f"https://myrecord.health.test/r/{tok}",
                f"www.example.com/results/{tok}",
            )
        ),
    )
    v["pay_url"] = (T.URL, f"https://pay.example.org/inv/{rng.randint(1000000, 9999999)}")
    v["verify_url"] = (
        T.URL,
        rng.choice((f"https://mc.example.org/v/{tok}", f"verify.health.test/{tok.upper()}")),
    )
    v["ip"] = (
        T.IP_ADDRESS,
        rng.choice(
            (
                f"192.0.2.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"203.0.113.{rng.randint(1, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            )
        ),
    )
    v["ip2"] = (
        T.IP_ADDRESS,
        rng.choice(
            (
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"2001:db8:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            )
        ),
    )

    # health-coverage numbers
    v["nhs_no"] = (T.HEALTH_PLAN_ID, nhs_number(rng))
    v["chi"] = (T.HEALTH_PLAN_ID, chi_number(rng, dob))
    v["hc_no"] = (T.HEALTH_PLAN_ID, hc_number(rng))
    v["medicare"] = (T.HEALTH_PLAN_ID, au_medicare(rng))
    v["ihi"] = (T.HEALTH_PLAN_ID, au_ihi(rng))
    v["dva"] = (
        T.HEALTH_PLAN_ID,
        f"{rng.choice(('N', 'V', 'Q', 'W'))}{rng.choice(('X', ''))}{rng.randint(100000, 999999)}",
    )
    v["nhi"] = (T.HEALTH_PLAN_ID, nz_nhi(rng))
    v["ohip"] = (T.HEALTH_PLAN_ID, ohip(rng))
    sl = "".join(c for c in pt.last.upper() if "A" <= c <= "Z")[:3].ljust(3, "X")
    v["ramq"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{sl}{pt.first[0].upper()} {dob.year % 100:02d}{dob.month + (50 if female else 0):02d} {dob.day:02d}{rng.randint(10, 99)}",
                f"{sl}{pt.first[0].upper()}{dob.year % 100:02d}{dob.month + (50 if female else 0):02d}{dob.day:02d}{rng.randint(10, 99)}",
            )
        ),
    )
    phn = "9" + _digits(rng, 9)
    v["bc_phn"] = (T.HEALTH_PLAN_ID, rng.choice((f"{phn[:4]} {phn[4:7]} {phn[7:]}", phn)))
    v["gms"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{rng.randint(1000000, 9999999)}{rng.choice('ABCDEFGHKLMNPTW')}",
                f"GMS {rng.randint(100000, 999999)}",
                f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}-{rng.choice('ABC')}",
            )
        ),
    )
    v["ehic"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(("8044", "8040", "8027", "8039", "8034")) + f"0{_digits(rng, 15)}",
    )
    v["ins_member"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_up(rng, 3)}{rng.randint(10000000, 99999999)}",
                f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}",
                f"M{rng.randint(1000000, 9999999)}/{rng.randint(1, 4):02d}",
                f"{rng.randint(4000000000, 9999999999)}",
            )
        ),
    )
    v["ins_group"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"GRP-{rng.randint(10000, 99999)}",
                f"Scheme {rng.randint(100, 999)}{_up(rng, 1)}",
                f"{_up(rng, 2)}{rng.randint(1000, 9999)}",
            )
        ),
    )
    v["ins_policy"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"P/{rng.randint(100000, 999999)}/{rng.randint(2020, 2025)}/{rng.randint(1000, 9999)}",
                f"{rng.randint(2, 9)}{_digits(rng, 3)}/{_digits(rng, 8)}",
                f"POL{rng.randint(10000000, 99999999)}",
            )
        ),
    )
    v["medaid"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (f"{rng.randint(100000000, 999999999)}", f"{_up(rng, 3)} {rng.randint(1000000, 9999999)}")
        ),
    )
    v["ae_card"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(10000000, 99999999)}-{rng.randint(10, 99)}",
                f"DAM{rng.randint(100000000, 999999999)}",
            )
        ),
    )
    v["abha"] = (
        T.HEALTH_PLAN_ID,
        f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
    )

    # record numbers
    v["hosp_no"] = (
        T.MRN,
        rng.choice(
            (
                f"{_up(rng, 1)}{rng.randint(100000, 999999)}",
                f"RX{_up(rng, 1)}{rng.randint(1000000, 9999999)}",
                f"{rng.randint(10000000, 99999999)}",
                f"K{rng.randint(1000000, 9999999)}",
                f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            )
        ),
    )
    v["ur_no"] = (
        T.MRN,
        rng.choice(
            (
                f"{rng.randint(100000, 999999)}",
                f"00{rng.randint(1000000, 9999999)}",
                f"UR{rng.randint(100000, 999999)}",
            )
        ),
    )
    v["uhid"] = (
        T.MRN,
        rng.choice(
            (
                f"{_up(rng, 2)}{rng.randint(10, 99)}.{rng.randint(1000000, 9999999)}",
                f"UHID{rng.randint(100000000, 999999999)}",
                f"{_up(rng, 3)}-{rng.randint(2015, 2025)}-{rng.randint(100000, 999999)}",
            )
        ),
    )
    v["mrn"] = (
        T.MRN,
        rng.choice(
            (
                f"{rng.randint(1000000, 9999999)}",
                f"MRN-{rng.randint(100000, 999999)}",
                f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
                f"H{rng.randint(10000000, 99999999)}",
            )
        ),
    )
    v["hk_hn"] = (T.MRN, f"HN{rng.randint(10000000, 99999999)}({rng.choice('0123456789A')})")
    v["folder"] = (T.MRN, f"{rng.randint(1000000, 9999999)}{rng.choice(('', '/' + str(rng.randint(1, 9))))}")
    v["casenote"] = (T.MRN, f"{rng.randint(1, 9)}{_up(rng, 1)}{rng.randint(10000, 99999)}")

    # accounts
    v["episode"] = (
        T.ACCOUNT,
        rng.choice(
            (
                f"{rng.randint(10000000, 99999999)}",
                f"EP{rng.randint(1000000, 9999999)}",
                f"SP-{rng.randint(100000, 999999)}",
                f"{rng.randint(2023, 2025)}/{rng.randint(100000, 999999)}",
            )
        ),
    )
    v["acct"] = (
        T.ACCOUNT,
        rng.choice(
            (
                f"PP{rng.randint(100000, 999999)}",
                f"A/C {rng.randint(1000000, 9999999)}"[4:],
                f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}",
                f"INV{rng.randint(1000000, 9999999)}",
            )
        ),
    )
    v["invoice"] = (
        T.ACCOUNT,
        rng.choice(
            (
                f"OV{rng.randint(100000, 999999)}",
                f"{rng.randint(10000000, 99999999)}",
                f"INV-{rng.randint(2023, 2025)}-{rng.randint(10000, 99999)}",
            )
        ),
    )
    v["claim_no"] = (
        T.ACCOUNT,
        rng.choice(
            (
                f"CLM{rng.randint(10000000, 99999999)}",
                f"{rng.randint(1000, 9999)}/{rng.randint(100000, 999999)}",
                f"C-{_up(rng, 2)}-{rng.randint(100000, 999999)}",
            )
        ),
    )
    v["bank_acct"] = (T.ACCOUNT, f"{rng.randint(10000000, 99999999)}")
    v["ip_no"] = (
        T.ACCOUNT,
        rng.choice(
            (
                f"IP/{rng.randint(2023, 2025)}/{rng.randint(10000, 99999)}",
                f"IP{rng.randint(1000000, 9999999)}",
            )
        ),
    )
    v["bill_no"] = (T.ACCOUNT, f"{rng.choice(('BL', 'OPB', 'IPB'))}{rng.randint(100000, 999999)}")

    # licences (people)
    v["gmc"] = (T.LICENSE, str(rng.randint(2000000, 7999999)))
    v["gmc2"] = (T.LICENSE, str(rng.randint(2000000, 7999999)))
    v["nmc"] = (T.LICENSE, f"{rng.randint(70, 99)}{_up(rng, 1)}{rng.randint(1000, 9999)}{_up(rng, 1)}")
    v["hcpc"] = (T.LICENSE, f"PA{rng.randint(10000, 99999)}")
    v["gphc"] = (T.LICENSE, str(rng.randint(2010000, 2099999)))
    v["imc"] = (T.LICENSE, str(rng.randint(10000, 499999)))
    v["ahpra"] = (T.LICENSE, f"{rng.choice(('MED', 'NMW', 'PHA', 'PAR'))}000{rng.randint(1000000, 9999999)}")
    v["au_prov"] = (
        T.LICENSE,
        f"{rng.randint(200000, 499999)}{rng.choice('0123456789ABCDEFGHJK')}{rng.choice('ABFHJKLTWXY')}",
    )
    v["au_presc"] = (T.LICENSE, str(rng.randint(1000000, 9999999)))
    v["mcnz"] = (T.LICENSE, str(rng.randint(10000, 99999)))
    v["hpi_cpn"] = (
        T.LICENSE,
        f"{rng.randint(10, 99)}{_up(rng, 3)}{rng.randint(10, 99)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}",
    )
    v["cpso"] = (T.LICENSE, str(rng.randint(50000, 129999)))
    v["cpso2"] = (T.LICENSE, str(rng.randint(50000, 129999)))
    v["cmq"] = (T.LICENSE, f"{rng.randint(1, 2)}-{rng.randint(10000, 99999)}")
    v["cpsbc"] = (T.LICENSE, str(rng.randint(10000, 49999)))
    v["mci"] = (
        T.LICENSE,
        rng.choice(
            (
                f"MMC {rng.randint(2000, 2020)}/{rng.randint(1, 12):02d}/{rng.randint(1000, 9999)}",
                f"KMC {rng.randint(10000, 99999)}",
                f"TNMC/{rng.randint(10000, 99999)}",
                f"{rng.randint(10000, 99999)}",
            )
        ),
    )
    v["smc"] = (T.LICENSE, f"M{rng.randint(10000, 99999)}{_up(rng, 1)}")
    v["hkmc"] = (T.LICENSE, f"M{rng.randint(10000, 29999)}")
    v["hpcsa"] = (
        T.LICENSE,
        rng.choice(
            (
                f"MP {rng.randint(100000, 999999):07d}",
                f"MP{rng.randint(100000, 999999):07d}",
                f"PS {rng.randint(10000, 99999)}",
            )
        ),
    )
    v["dha_lic"] = (
        T.LICENSE,
        rng.choice(
            (
                f"DHA-P-{rng.randint(1000000, 9999999)}",
                f"{rng.randint(10000000, 99999999)}",
                f"GD{rng.randint(10000, 99999)}",
            )
        ),
    )
    v["dvla"] = (T.LICENSE, dvla_number(rng, pt.last, pt.first, pt.mid, dob, female))
    v["au_dl"] = (
        T.LICENSE,
        rng.choice(
            (
                str(rng.randint(10000000, 99999999)),
                f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            )
        ),
    )
    v["ie_dl"] = (T.LICENSE, str(rng.randint(100000000, 999999999)))
    v["ca_dl"] = (
        T.LICENSE,
        f"{pt.last.replace(' ', '')[0].upper()}{rng.randint(1000, 9999)}-{rng.randint(10000, 99999)}-{rng.randint(10000, 99999)}",
    )

    # national identity numbers (SSN equivalents)
    v["ni_no"] = (T.SSN, ni_number(rng))
    v["ppsn"] = (T.SSN, ppsn(rng))
    v["sin"] = (T.SSN, sin(rng))
    v["za_id"] = (T.SSN, za_id(rng, dob))
    v["aadhaar"] = (T.SSN, aadhaar(rng))
    v["nric"] = (T.SSN, nric(rng))
    v["fin"] = (T.SSN, nric(rng, "FG"))
    v["hkid"] = (T.SSN, hkid(rng))
    v["eid"] = (T.SSN, emirates_id(rng, dob))

    # vehicles
    v["uk_reg"] = (
        T.VEHICLE_ID,
        rng.choice(
            (
                f"{_up(rng, 2)}{rng.randint(10, 74)} {_up(rng, 3)}",
                f"{_up(rng, 2)}{rng.randint(10, 74)}{_up(rng, 3)}",
                f"{_up(rng, 1)}{rng.randint(1, 999)} {_up(rng, 3)}",
            )
        ),
    )
    v["uk_reg2"] = (T.VEHICLE_ID, f"{_up(rng, 2)}{rng.randint(10, 74)} {_up(rng, 3)}")
    v["ie_reg"] = (
        T.VEHICLE_ID,
        f"{rng.choice(('151', '182', '191', '201', '222', '231', '242'))}-{rng.choice(('D', 'C', 'G', 'L', 'KY', 'MO', 'WX'))}-{rng.randint(1, 99999)}",
    )
    v["au_rego"] = (
        T.VEHICLE_ID,
        rng.choice(
            (
                f"{_up(rng, 3)}{rng.randint(100, 999)}",
                f"{rng.randint(1, 9)}{_up(rng, 3)}{rng.randint(100, 999)}",
                f"{_up(rng, 2)}-{rng.randint(10, 99)}-{_up(rng, 2)}",
            )
        ),
    )
    v["nz_plate"] = (T.VEHICLE_ID, f"{_up(rng, 3)}{rng.randint(100, 999)}")
    v["ca_plate"] = (
        T.VEHICLE_ID,
        rng.choice(
            (
                f"{_up(rng, 4)} {rng.randint(100, 999)}",
                f"{rng.randint(100, 999)} {_up(rng, 3)}",
                f"{_up(rng, 2)}{rng.randint(100, 999)}{_up(rng, 1)}",
            )
        ),
    )
    v["in_reg"] = (
        T.VEHICLE_ID,
        f"{rng.choice(('MH', 'KA', 'KL', 'TN', 'UP', 'RJ'))} {rng.randint(1, 50):02d} {_up(rng, 2)} {rng.randint(1000, 9999)}",
    )
    v["za_reg"] = (
        T.VEHICLE_ID,
        rng.choice(
            (
                f"{_up(rng, 2)} {rng.randint(10, 99)} {_up(rng, 2)} GP",
                f"N{_up(rng, 1)} {rng.randint(100, 999)}-{rng.randint(100, 999)}",
                f"CA {rng.randint(100, 999)}-{rng.randint(100, 999)}",
            )
        ),
    )
    v["sg_plate"] = (T.VEHICLE_ID, f"S{_up(rng, 2)}{rng.randint(1, 9999)}{_up(rng, 1)}")
    v["ae_plate"] = (T.VEHICLE_ID, f"{_up(rng, 1)} {rng.randint(10000, 99999)}")
    vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v["vin"] = (
        T.VEHICLE_ID,
        rng.choice(("SAJ", "WVW", "JTD", "KMH", "VF1", "SAL", "MA3", "ZFA"))
        + "".join(rng.choice(vin_chars) for _ in range(14)),
    )

    # devices
    v["pm_serial"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"PJN{rng.randint(100000, 999999)}{_up(rng, 1)}",
                f"RNA{rng.randint(100000, 999999)}",
                f"{rng.randint(100000, 999999)}",
            )
        ),
    )
    v["icd_serial"] = (
        T.DEVICE_ID,
        rng.choice(
            (f"BLC{rng.randint(100000, 999999)}H", f"{_up(rng, 3)}{rng.randint(100000, 999999)}{_up(rng, 1)}")
        ),
    )
    v["pump_serial"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"NG{rng.randint(1000000, 9999999)}H",
                f"SN {rng.randint(10000000, 99999999)}",
                f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
            )
        ),
    )
    v["cgm_serial"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"{rng.randint(1, 9)}{_up(rng, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}",
                f"0M{rng.randint(10000000, 99999999)}",
            )
        ),
    )
    v["hear_serial"] = (
        T.DEVICE_ID,
        f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}{rng.choice(('L', 'R'))}",
    )
    v["o2_serial"] = (T.DEVICE_ID, f"{_up(rng, 2)}{rng.randint(1000000, 9999999)}")
    v["pendant"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"TC-{rng.randint(100000, 999999)}",
                f"{_up(rng, 2)}{rng.randint(10000, 99999)}-{rng.randint(10, 99)}",
            )
        ),
    )
    v["t34_serial"] = (T.DEVICE_ID, f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}")
    v["implant_lot"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"{rng.randint(1000000, 9999999)}",
                f"{_up(rng, 1)}{rng.randint(100000, 999999)}",
                f"{rng.randint(10, 99)}{_up(rng, 2)}{rng.randint(1000, 9999)}",
            )
        ),
    )
    v["implant_lot2"] = (T.DEVICE_ID, f"{rng.randint(1000000, 9999999)}")
    v["implant_sn"] = (T.DEVICE_ID, f"{_up(rng, 2)}{rng.randint(10000000, 99999999)}")
    gtin = "0" + str(rng.randint(5000000, 7999999)) + _digits(rng, 6)
    v["udi"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"(01){gtin}(17){rng.randint(25, 30)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(10){_up(rng, 2)}{rng.randint(1000, 9999)}(21){rng.randint(10000000, 99999999)}",
                f"01{gtin}21{_up(rng, 3)}{rng.randint(100000, 999999)}",
            )
        ),
    )
    v["monitor_serial"] = (
        T.DEVICE_ID,
        rng.choice((f"HM-{rng.randint(1000000, 9999999)}", f"{_up(rng, 4)}{rng.randint(100000, 999999)}")),
    )

    # biometric and photograph references
    v["fp_id"] = (
        T.BIOMETRIC,
        rng.choice(
            (
                f"FPT-{rng.randint(10000000, 99999999)}",
                f"BIO{_up(rng, 2)}{rng.randint(100000, 999999)}",
                f"{_up(rng, 4, '0123456789ABCDEF')}-{_up(rng, 4, '0123456789ABCDEF')}-{_up(rng, 4, '0123456789ABCDEF')}",
            )
        ),
    )
    v["voice_id"] = (
        T.BIOMETRIC,
        rng.choice((f"VP-{rng.randint(1000000, 9999999)}", f"VOX{rng.randint(100000, 999999)}{_up(rng, 1)}")),
    )
    v["palm_id"] = (
        T.BIOMETRIC,
        rng.choice(
            (f"PV{rng.randint(10000000, 99999999)}", f"PALM-{_up(rng, 3)}-{rng.randint(10000, 99999)}")
        ),
    )
    v["iris_id"] = (T.BIOMETRIC, f"IRS-{rng.randint(100000, 999999)}-{rng.choice('LR')}")
    ts = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=rng.randint(0, 60_000_000))
    v["photo_file"] = (
        T.PHOTO,
        rng.choice(
            (
                f"IMG_{ts:%Y%m%d_%H%M%S}.jpg",
                f"pt_photo_{rng.randint(100000, 999999)}.jpeg",
                f"{l0}_{f0}_face.png",
                f"DSC{rng.randint(1000, 9999)}.JPG",
            )
        ),
    )
    v["photo_id"] = (
        T.PHOTO,
        rng.choice(
            (
                f"PHOTO-{rng.randint(10000000, 99999999)}",
                f"FACE/{rng.randint(2023, 2025)}/{rng.randint(10000, 99999)}",
                f"PIC{rng.randint(100000, 999999)}",
            )
        ),
    )

    # other identifying numbers
    v["ubrn"] = (T.OTHER_ID, _grp(_digits(rng, 12), (4, 4, 4)) if rng.random() < 0.7 else _digits(rng, 12))
    hexs = "0123456789ABCDEF"
    v["eps_id"] = (
        T.OTHER_ID,
        f"{_up(rng, 6, hexs)}-{_up(rng, 6, hexs)}-{_up(rng, 5, hexs)}{rng.choice('0123456789ABCDEF+')}",
    )
    v["rx_no"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"RX{rng.randint(1000000, 9999999)}",
                f"{rng.randint(100000, 999999)}/{rng.randint(1, 9)}",
                f"Rx {rng.randint(10000, 99999)}"[3:],
            )
        ),
    )
    v["rx_no2"] = (T.OTHER_ID, f"{rng.randint(1000000, 9999999)}")
    v["specimen"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"{rng.randint(20, 25)}{_up(rng, 1)}{rng.randint(100000, 999999)}",
                f"H{rng.randint(10000000, 99999999)}",
                f"{_up(rng, 2)}{rng.randint(24, 25)}-{rng.randint(10000, 99999)}",
            )
        ),
    )
    v["specimen2"] = (T.OTHER_ID, f"{rng.randint(20, 25)}{_up(rng, 1)}{rng.randint(100000, 999999)}")
    v["coroner_ref"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"COR-{rng.randint(2023, 2025)}-{rng.randint(1000, 9999)}",
                f"{rng.randint(100, 999)}/{rng.randint(23, 25)}",
                f"CN{rng.randint(100000, 999999)}",
            )
        ),
    )
    v["pf_ref"] = (T.OTHER_ID, f"PF{rng.randint(10, 99)}{_up(rng, 1)}{rng.randint(100000, 999999)}")
    v["police_ref"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"{rng.randint(1, 9)}{rng.randint(1000, 9999)} of {rng.randint(1, 28):02d}{rng.randint(1, 12):02d}",
                f"PS-{rng.randint(20230101, 20251231)}-{rng.randint(1000, 9999)}",
                f"E{rng.randint(10000000, 99999999)}",
                f"CR/{rng.randint(100000, 999999)}/{rng.randint(23, 25)}",
            )
        ),
    )
    v["cad_no"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"{rng.randint(1000000, 9999999)}",
                f"CAD {rng.randint(100000, 999999)}"[4:],
                f"E{rng.randint(100000, 999999)}-{rng.randint(10, 99)}",
            )
        ),
    )
    v["passport"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"{rng.randint(100000000, 999999999)}",
                f"{_up(rng, 1)}{rng.randint(1000000, 9999999)}",
                f"{_up(rng, 2)}{rng.randint(1000000, 9999999)}",
            )
        ),
    )
    v["visa"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"{rng.randint(10000000, 99999999)}",
                f"VN{rng.randint(1000000, 9999999)}",
                f"{rng.randint(201, 784)}/{rng.randint(2023, 2025)}/{rng.randint(1000000, 9999999)}",
            )
        ),
    )
    v["brp"] = (T.OTHER_ID, f"{_up(rng, 2)}{rng.choice('0123456789X')}{rng.randint(100000, 999999)}")
    v["ho_ref"] = (T.OTHER_ID, f"{_up(rng, 1)}{rng.randint(1000000, 9999999)}")
    v["staff_no"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"{rng.randint(10000000, 99999999)}",
                f"EMP{rng.randint(10000, 99999)}",
                f"{rng.randint(100000, 999999)}",
            )
        ),
    )
    v["study_id"] = (T.OTHER_ID, f"{_up(rng, 3)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}")
    v["preauth"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"PA{rng.randint(10000000, 99999999)}",
                f"AUTH/{rng.randint(100000, 999999)}",
                f"{rng.randint(2023, 2025)}-PRE-{rng.randint(10000, 99999)}",
            )
        ),
    )
    v["datix"] = (T.OTHER_ID, f"W{rng.randint(100000, 999999)}")
    v["sg_ref"] = (T.OTHER_ID, f"SG{rng.randint(100000, 999999)}")
    v["mc_no"] = (
        T.OTHER_ID,
        rng.choice((f"MC{rng.randint(10000000, 99999999)}", f"{_up(rng, 3)}{rng.randint(100000, 999999)}")),
    )
    v["student_no"] = (T.OTHER_ID, f"{rng.choice(('C', 'S', 'B'))}{rng.randint(10000000, 99999999)}")
    v["token"] = (T.OTHER_ID, f"{_up(rng, 4, hexs)}{rng.randint(1000, 9999)}")
    return v


# --- look-alikes ----------------------------------------------------------------------------------

WARDS = (
    "Ward 7B",
    "Larch Ward",
    "Nightingale Ward",
    "Cavell Ward",
    "AMU",
    "Ward 32",
    "Rowan Unit",
    "Kingfisher Ward",
    "Ward C4",
    "Heron Ward",
    "CCU",
    "SAU",
    "Ward 5 (Care of the Elderly)",
    "Lister Ward",
    "Fleming Ward",
    "Puriri Ward",
    "Ward 4 North",
    "Tōtara Ward",
    "Bed Bureau",
    "Ward 10A",
)
TRUSTS = (
    "Meridian Health NHS Foundation Trust",
    "Northern Care Alliance NHS Foundation Trust",
    "Riverside Community Health NHS Trust",
    "the Health Board",
    "Health Service Executive",
    "Te Whatu Ora",
    "Northern Health and Social Care Trust",
    "Hywel Dda University Health Board",
    "Betsi Cadwaladr University Health Board",
    "Ambulance Victoria",
    "NHS 24",
    "Scottish Ambulance Service",
    "Alberta Health Services",
    "Ontario Health atHome",
    "SingHealth Polyclinics",
    "Hospital Authority",
    "Bupa",
    "AXA Health",
    "Vhi Healthcare",
    "Laya Healthcare",
    "Medibank",
    "HCF",
    "Discovery Health",
    "Southern Cross Health Society",
    "Star Health",
    "Daman",
    "Thiqa",
)
DOSES = (
    "bisoprolol 2.5 mg OD",
    "levothyroxine 75 micrograms OD",
    "Oramorph 2.5-5 mg PRN 2-hourly",
    "alendronic acid 70 mg once weekly",
    "Sando-K 2 tabs BD (24 mmol K+ daily)",
    "enoxaparin 40 mg SC OD",
    "morphine sulfate MR 10 mg BD",
    "ferrous fumarate 210 mg BD",
    "apixaban 5 mg BD",
    "edoxaban 60 mg OD",
    "fentanyl 12 micrograms/hour patch every 72 h",
    "metformin 500 mg TDS",
    "gliclazide 80 mg BD",
    "co-codamol 30/500 two tablets QDS",
    "Adcal-D3 one tablet BD",
    "magnesium sulfate 20 mmol IV over 5 h",
    "Phosphate Polyfusor 50 mmol over 12 h",
    "colecalciferol 800 units OD",
    "furosemide 40 mg mane",
    "ramipril 2.5 mg ON",
    "amoxicillin 500 mg TDS x 5/7",
    "doxycycline 200 mg stat then 100 mg OD",
    "salbutamol 100 micrograms 2 puffs PRN",
    "insulin glargine 18 units ON",
    "midazolam 2.5 mg SC PRN",
    "haloperidol 500 micrograms SC PRN",
    "prednisolone 30 mg OD for 5 days",
    "hyoscine butylbromide 20 mg SC",
)
LABS = (
    "K+ 5.9 mmol/L (3.5-5.3)",
    "Na 128 mmol/L (133-146)",
    "eGFR 41 mL/min/1.73m2",
    "HbA1c 64 mmol/mol",
    "Hb 98 g/L (115-165)",
    "CRP 112 mg/L",
    "WCC 14.2 x10^9/L",
    "Creat 168 micromol/L",
    "Ur 12.4 mmol/L",
    "INR 3.4",
    "Trop T 52 ng/L",
    "BNP 1,240 pg/mL",
    "Plt 87 x10^9/L",
    "ALP 210 IU/L",
    "Ca (adj) 2.71 mmol/L",
    "TSH 0.02 mU/L",
    "Ferritin 9 micrograms/L",
    "B12 142 ng/L",
    "Lactate 3.1 mmol/L",
    "D-dimer 1,870 ng/mL FEU",
    "CK 2,345 U/L",
    "Mg 0.58 mmol/L",
    "PO4 0.52 mmol/L",
    "Albumin 27 g/L",
)
VITALS = (
    "BP 148/86",
    "HR 112 irreg",
    "RR 24",
    "SpO2 91% on air",
    "SpO2 95% on 2 L NC",
    "Temp 38.4 C",
    "T 36.9",
    "CBG 14.2 mmol/L",
    "BM 3.1",
    "GCS 14/15 (E4 V4 M6)",
    "GCS 15/15",
    "pulse 48 reg",
    "BP 92/54 (MAP 67)",
    "Wt 61.4 kg",
    "BMI 31.2",
    "Ht 1.68 m",
)
SCORES = (
    "NEWS2 5 (RR 2, SpO2 1, HR 1, new confusion 3 -> escalated)",
    "NEWS2 = 7",
    "NEWS2 1",
    "NEWS 3",
    "Rockwood CFS 6",
    "CFS 7",
    "4AT 5",
    "AMT 6/10",
    "MMSE 21/30",
    "MoCA 19/30",
    "Waterlow 18",
    "MUST 2",
    "Barthel 45/100",
    "Abbey pain 9",
    "QRISK3 18.4%",
    "CHA2DS2-VASc 4",
    "ORBIT 2",
    "Wells 4.5",
    "CURB-65 3",
    "PHQ-9 16",
    "GAD-7 12",
    "AUDIT-C 9",
    "EPDS 14",
    "Braden 13",
    "Morse 65",
    "ASA 3",
    "ECOG 2",
    "Karnofsky 60%",
    "Clinical Frailty Scale 5",
    "Glasgow-Blatchford 8",
)
CODES = (
    "ICD-10 I48.9",
    "ICD-10 J18.9",
    "ICD-10 N39.0",
    "ICD-10 S72.00",
    "ICD-10-AM F05.1",
    "ICD-10 E11.65",
    "SNOMED CT 49436004",
    "SCTID 195967001",
    "SNOMED 22298006",
    "Read G573.",
    "Read H33..",
    "Read XaIPl",
    "CTV3 XE0Uh",
    "OPCS-4 W37.1",
    "OPCS-4 K60.2",
    "OPCS-4 H22.9",
    "HRG FD02H",
    "HRG WJ06E",
    "AR-DRG F62B",
    "MBS item 23",
    "MBS item 721",
    "PBS item 2622B",
    "OHIP fee code A007",
    "OHIP K131",
    "RAMQ code 15800",
    "CCI 1.SQ.53.LA-PN",
    "ICD-10-CA I21.4",
    "CPT 99214",
    "NDC 0002-8215-01",
    "LOINC 4548-4",
    "CCSD A5101",
    "ICD-10 T81.4",
    "Read 9N1y2",
)
REFS = (
    "NICE NG136",
    "NICE CG181",
    "NICE TA599",
    "NICE NG28",
    "NICE NG51",
    "SIGN 154",
    "SIGN 116",
    "BNF 2.8.2",
    "BNF chapter 4.7.2",
    "BNF 84",
    "BNFc 2024",
    "NICE CKS",
    "eTG Therapeutic Guidelines",
    "NZF",
    "CPS",
    "WHO 2022",
    "GOLD 2024",
    "BTS 2019",
    "ESC 2023",
    "Beers criteria",
    "STOPP/START v3",
    "MHRA Drug Safety Update",
)
EPONYMS = (
    "Parkinson's disease",
    "Graves' disease",
    "Crohn's disease",
    "Barrett's oesophagus",
    "Addison's disease",
    "Hashimoto's thyroiditis",
    "Colles' fracture",
    "Bell's palsy",
    "Paget's disease",
    "Alzheimer's dementia",
    "Guillain-Barré syndrome",
    "Ménière's disease",
    "Dupuytren's contracture",
    "Sjögren's syndrome",
    "Cushing's syndrome",
    "Raynaud's",
    "Hodgkin lymphoma",
    "Wernicke's encephalopathy",
    "Osgood-Schlatter",
    "Lewy body dementia",
    "Huntington's disease",
    "Kawasaki disease",
    "Charcot foot",
    "Down syndrome",
)
BRANDS = (
    "Eliquis",
    "Lixiana",
    "Trajenta",
    "FreeStyle Libre 2",
    "Dexcom G7",
    "Seretide 250 Accuhaler",
    "Fostair 100/6",
    "Trimbow",
    "Lantus SoloStar",
    "NovoRapid FlexPen",
    "Ventolin Evohaler",
    "Medtronic Azure XT",
    "Omnipod 5",
    "Zoladex LA",
    "Forxiga",
    "Jardiance",
    "Ensure Plus",
    "Fortisip Compact",
    "Movicol",
    "Laxido",
    "Zomorph",
    "Oxynorm",
    "Dosette box",
    "Nomad tray",
    "Webster-pak",
    "Panadol Osteo",
    "Endone",
    "Tramal SR",
    "Ryzodeg",
    "Crystapen",
)
ROLES = (
    "the on-call SHO",
    "the medical registrar",
    "the ward sister",
    "the duty GP",
    "the district nurse",
    "the Consultant",
    "the FY1",
    "the night coordinator",
    "the SpR",
    "the ACP",
    "the community matron",
    "the house officer",
    "the RMO",
    "the charge nurse",
    "the attending",
    "the MO",
    "the locum",
    "the practice pharmacist",
    "the crew",
    "the senior clinician on call",
    "the care home manager",
    "the ward clerk",
    "the TPA desk",
    "the case manager",
    "the medical examiner",
)
MONEY = (
    "£1,245.00",
    "£9.90",
    "£182.40",
    "€85.00",
    "€1,980",
    "A$39.75",
    "$412.60 AUD",
    "NZ$72.50",
    "CA$245.00",
    "₹45,000",
    "Rs. 1,12,500/-",
    "R 3 420,00",
    "S$120.50",
    "HK$1,230",
    "AED 1,250.00",
    "£49,312.77",
)
BAYS = (
    "Bay 4 bed 2",
    "Side room 6",
    "Bay C, bed 19",
    "SR3",
    "Cubicle 11",
    "Bed 14",
    "Room 12",
    "Resus 2",
    "Majors 9",
    "Bay 2 Bed 5",
    "Chair 3",
    "Pod B",
    "Bed 22A",
    "Room 418",
    "HDU bed 3",
)
ORG_CODES = (
    "ODS Y02345",
    "ODS B82045",
    "Practice code M85001",
    "CQC location 1-1234567890",
    "ABN 51 824 753 556",
    "HPI facility F04067-B",
    "GPhC premises 9012345",
    "Org code RTH",
    "Site code RXH01",
    "HSE CHO 4",
    "Trust code R0A",
    "ABN 12 004 044 937",
    "Practice No. 0123456 (BHF)",
    "Pharmacy reg 1098765",
    "Charity no. 1012345",
    "VAT reg GB 123 4567 89",
    "HFN 71234",
    "Provider 27-0099",
)
LOTS = (
    "vaccine batch FL8932",
    "Lot 3081746 (ward stock)",
    "batch no. EX2207",
    "lot W44213 exp 2027",
    "Comirnaty batch HF9914",
    "Fluenz batch RA1287",
    "Prevenar 20 lot LW3391",
    "stock lot 4410B",
    "batch BT70221 (pharmacy stock)",
)
FORMS = (
    "Form Med3 (2022)",
    "SA2 v7",
    "Form HR2 v4.1",
    "CN 1 (rev. 2019)",
    "Form GMS 2 v3",
    "Form FMed 3",
    "Form S1",
    "Form MR 3 v2.0",
    "DNACPR form v9",
    "ReSPECT v3",
    "TEP v2.1",
    "Form 1 (Ontario)",
    "Form MA 10",
    "FP10",
    "FP10SS",
    "GP10",
    "HS21",
    "WP10",
    "PBS authority form PB089",
    "Form PC-5",
    "AD-001 v5",
)
BLEEP = (
    "bleep 2314",
    "bleep 6610",
    "ext. 44872",
    "ext 5521",
    "pager 0287",
    "bleep 1177",
    "ext 2201",
    "#6602",
)
RTT = (
    "RTT week 38 of 52",
    "waiting 41 weeks",
    "18-week pathway, clock at week 22",
    "P2 (within 30 days)",
    "Category 2 (90 days)",
    "urgent (2WW)",
    "semi-urgent",
    "routine (approx. 46 weeks)",
    "P3",
    "priority B",
)
YEARS = ("2009", "2016", "2018", "2019", "2021", "1998", "2022", "2003", "2015", "1987")
TIMES = ("14:32", "0930", "02:15", "1645 hrs", "07:50", "23:05", "11:11", "19:40", "0815h", "13:00")
CALLS = (
    "Callsign 4472",
    "fleet no. 7721",
    "unit A12",
    "vehicle 3409 (RRV)",
    "call sign Delta 14",
    "Ambulance 51",
    "resource EJ23",
    "RRV 19",
    "crew 2B",
)
ALCOHOL = (
    "14 units/week",
    "28 units/wk",
    "nil alcohol",
    "ex-smoker 30 pack-years",
    "non-smoker",
    "vapes daily",
    "2-3 standard drinks/day",
    "occasional",
)


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler that is not an identifier."""

    def pick(name: str, seq: tuple[str, ...], n: int) -> None:
        for i, s in enumerate(rng.sample(seq, n), 1):
            out[f"{name}{i if i > 1 else ''}"] = (None, s)

    out: dict[str, Value] = {}
    pick("dose", DOSES, 5)
    pick("lab", LABS, 5)
    pick("vital", VITALS, 4)
    pick("score", SCORES, 4)
    pick("code", CODES, 4)
    pick("ref", REFS, 3)
    pick("eponym", EPONYMS, 2)
    pick("brand", BRANDS, 3)
    pick("role", ROLES, 3)
    pick("money", MONEY, 3)
    pick("bay", BAYS, 2)
    pick("ward", WARDS, 2)
    pick("trust", TRUSTS, 2)
    pick("org", ORG_CODES, 2)
    pick("lot", LOTS, 2)
    pick("form", FORMS, 2)
    pick("bleep", BLEEP, 2)
    pick("rtt", RTT, 2)
    pick("year", YEARS, 2)
    pick("time", TIMES, 3)
    pick("call", CALLS, 1)
    pick("alcohol", ALCOHOL, 1)
    for key, opts in (
        (
            "nhs_trust",
            (
                "Meridian Health NHS Foundation Trust",
                "Northern Care Alliance NHS Foundation Trust",
                "Riverside Community Health NHS Trust",
                "Hywel Dda University Health Board",
                "Betsi Cadwaladr University Health Board",
            ),
        ),
        (
            "amb_service",
            (
                "North West Ambulance Service",
                "South Central Ambulance Service",
                "Welsh Ambulance Services",
                "East of England Ambulance Service",
            ),
        ),
        ("ins_uk", ("Bupa", "AXA Health", "Aviva", "Vitality Health", "WPA")),
        ("ins_au", ("Medibank", "HCF", "nib", "Bupa", "Australian Unity")),
        ("ins_in", ("Star Health", "Medi Assist TPA", "Niva Bupa", "Care Health", "Paramount TPA")),
        ("ins_za", ("Discovery Health", "Bonitas", "GEMS", "Momentum Health", "Medshield")),
        ("ins_ae", ("Daman", "Thiqa", "AXA Gulf", "NextCare", "Neuron")),
        ("sg_org", ("SingHealth Polyclinics", "NHG Polyclinics", "NUP", "Raffles Medical")),
    ):
        out[key] = (None, rng.choice(opts))
    out["age_y"] = (None, str(rng.randint(18, 89)))
    out["age_y2"] = (None, str(rng.randint(1, 89)))
    out["weeks"] = (None, str(rng.randint(6, 78)))
    out["days"] = (None, str(rng.randint(1, 21)))
    out["title"] = (None, rng.choice(("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")))
    out["sex"] = (None, rng.choice(("M", "F", "Male", "Female")))
    out["qty"] = (None, str(rng.choice((28, 56, 84, 30, 60, 100, 7, 14))))
    out["news"] = (None, str(rng.randint(0, 9)))
    out["ref_no_org"] = (None, rng.choice(("Y02345", "B82045", "M85001", "RTH", "7A1", "RXH01", "F04067-B")))
    return out
