"""Values for planted set W (care across systems and borders).

``identifiers(rng)`` invents one person and their context per note: an origin profile (country,
passport format, national health number, phone and postcode style, date language), a US address,
clinicians, dates and every kind of identifier, each as ``(PhiType, text)``. A few derived values
that are not identifiers (a state, a country, an age under 90, a year of birth, MRZ padding) ride
along with ``None`` so that a note stays self-consistent. ``lookalikes(rng)`` is clinical and
administrative filler that a careless screen might flag but that is not PHI. Only ``rng`` is used.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType

N = PhiType.NAME
L = PhiType.LOCATION
D = PhiType.DATE

UP = string.ascii_uppercase
DIG = string.digits

# --- name lists -----------------------------------------------------------------------------------

GLOBAL_FIRST = [
    "Farida",
    "Tomasz",
    "Ngozi",
    "Bao",
    "Ines",
    "Rustam",
    "Priya",
    "Kwame",
    "Solveig",
    "Mateo",
    "Hope",
    "Faith",
    "Sydney",
    "Jordan",
    "Florence",
    "Chase",
    "Dakota",
    "Winter",
    "Rose",
    "Chad",
    "Aroha",
    "Yusuf",
    "Mei-Ling",
    "Jean-Baptiste",
    "Anne-Marie",
    "Siobhan",
    "Dmitri",
    "Olumide",
    "Keanu",
    "Imelda",
    "Thandiwe",
    "Ezra",
    "Marisol",
    "Hamid",
    "Lucia",
    "Tae-yang",
    "Ayesha",
    "Brooke",
    "Grant",
    "Lake",
    "Summer",
    "Paris",
    "Bishop",
    "Destiny",
    "Precious",
    "Noor",
]
GLOBAL_LAST = [
    "Haddad",
    "Kowalczyk",
    "Eze",
    "Nguyen",
    "Castellanos",
    "Oyelaran",
    "van der Berg",
    "de la Cruz",
    "O'Connell",
    "D'Souza",
    "MacLeod",
    "St. Pierre",
    "Young",
    "Bishop",
    "Price",
    "Hill",
    "Marsh",
    "London",
    "Chester",
    "Florence",
    "Lincoln",
    "Park",
    "Stone",
    "Fox",
    "Bird",
    "Begay",
    "Al-Masri",
    "Ben-David",
    "Okafor-Lindqvist",
    "Fernández-Ruiz",
    "Tanaka",
    "Moreau",
    "von Essen",
    "da Silva",
    "Whitehorse",
    "Abernathy",
    "Iqbal",
    "Sato",
    "Petrov",
    "Kaur",
    "Mensah",
    "Lowe",
]

# origin profiles: code, country, names, cities, postcode maker, phone maker, passport maker,
# national health number (label, maker) or None, national id (label, maker) or None, date language
ORIGINS: dict[str, dict] = {
    "MEX": dict(
        country="Mexico",
        nat="mexicana",
        first=[
            "José Luis",
            "Guadalupe",
            "María de los Ángeles",
            "Jesús",
            "Ximena",
            "Chuy",
            "Rocío",
            "Efraín",
            "Itzel",
            "Cuauhtémoc",
        ],
        last=[
            "Hernández",
            "de la Garza",
            "Villaseñor",
            "Ochoa",
            "Gutiérrez Paz",
            "Tlapanco",
            "Rosas",
            "Del Río",
            "Montes de Oca",
            "Zamora",
        ],
        cities=[
            "Tijuana",
            "Mexicali",
            "Hermosillo",
            "Nogales",
            "Ciudad Juárez",
            "Guadalajara",
            "Oaxaca de Juárez",
            "Culiacán",
            "Mérida",
            "Reynosa",
        ],
        districts=["Col. Libertad", "Col. Centro", "Fracc. Las Palmas", "Col. Zona Río", "Barrio San Juan"],
        streets=[
            "Calle Benito Juárez",
            "Av. Revolución",
            "Blvd. Agua Caliente",
            "Calle 5 de Mayo",
            "Privada Los Pinos",
        ],
        lang="es",
        tel="+52",
    ),
    "GTM": dict(
        country="Guatemala",
        nat="guatemalteca",
        first=["Aurelio", "Wendy", "Byron", "Sucely", "Marvin", "Ixchel"],
        last=["Xicará", "Cux Ajpop", "Tzoc", "Ramírez de León", "Coc", "Pérez Batz"],
        cities=["Quetzaltenango", "Huehuetenango", "Cobán", "Mixco", "Totonicapán"],
        districts=["Zona 3", "Aldea Chuicavioc", "Cantón Xecaracoj", "Zona 18"],
        streets=["4a Calle", "12 Avenida", "Callejón del Calvario", "Diagonal 6"],
        lang="es",
        tel="+502",
    ),
    "PHL": dict(
        country="Philippines",
        nat="Filipino",
        first=["Maricel", "Rodrigo", "Jhun-Jhun", "Analyn", "Bong", "Cristina Joy"],
        last=["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Dimaculangan", "Sy"],
        cities=["Quezon City", "Cebu City", "Davao City", "Iloilo City", "Batangas City", "Tacloban"],
        districts=["Brgy. San Isidro", "Brgy. Lahug", "Brgy. Poblacion", "Brgy. Talamban"],
        streets=["Mabini Street", "Rizal Avenue", "Gen. Luna Street", "Osmeña Boulevard"],
        lang="en",
        tel="+63",
    ),
    "IND": dict(
        country="India",
        nat="Indian",
        first=["Venkatesh", "Lakshmi", "Gurpreet", "Anjali", "Mohan", "Sreeja"],
        last=["Iyer", "Choudhary", "Reddy", "Sandhu", "Bhattacharya", "Nair"],
        cities=["Chennai", "Hyderabad", "Ludhiana", "Kochi", "Pune", "Ahmedabad"],
        districts=["Anna Nagar", "Banjara Hills", "Model Town", "Kakkanad", "Navrangpura"],
        streets=["2nd Cross Road", "MG Road", "Station Road", "Lake View Lane"],
        lang="en",
        tel="+91",
    ),
    "NGA": dict(
        country="Nigeria",
        nat="Nigerian",
        first=["Chukwuemeka", "Funmilayo", "Ibrahim", "Ngozi", "Babatunde", "Blessing"],
        last=["Okonkwo-Bello", "Adeyemi", "Nwachukwu", "Danjuma", "Oyinlola", "Eze"],
        cities=["Lagos", "Ibadan", "Enugu", "Kano", "Port Harcourt", "Abeokuta"],
        districts=["Surulere", "Ikeja GRA", "Yaba", "Trans-Ekulu", "Bodija"],
        streets=["Adeola Odeku Street", "Allen Avenue", "Ogui Road", "Awolowo Way"],
        lang="en",
        tel="+234",
    ),
    "AFG": dict(
        country="Afghanistan",
        nat="Afghan",
        first=["Mohammad Nabi", "Zarghuna", "Abdul Wahid", "Freshta", "Shir Agha", "Malalai"],
        last=["Ahmadzai", "Hotak", "Sadat", "Noorzai", "Qaderi", "Stanikzai"],
        cities=["Kabul", "Herat", "Mazar-i-Sharif", "Jalalabad", "Kandahar"],
        districts=["Karte Seh", "Shahr-e Naw", "Khair Khana", "Dasht-e Barchi"],
        streets=["Darulaman Road", "Jade Maiwand", "Street 4"],
        lang="en",
        tel="+93",
    ),
    "SYR": dict(
        country="Syria",
        nat="Syrian",
        first=["Rami", "Lama", "Abdulrahman", "Hiba", "Yaman", "Rasha"],
        last=["Al-Khatib", "Haj Omar", "Al Shami", "Kabbani", "Darwish", "Al-Hamwi"],
        cities=["Aleppo", "Homs", "Hama", "Latakia", "Daraa"],
        districts=["Al-Waer", "Salah al-Din", "Al-Midan", "Bab Tadmur"],
        streets=["Baron Street", "Al-Quwatli Street", "Hamidiyeh Lane"],
        lang="en",
        tel="+963",
    ),
    "COD": dict(
        country="DR Congo",
        nat="congolaise",
        first=["Espérance", "Jean-Pierre", "Dieudonné", "Merveille", "Patient", "Bienvenu"],
        last=["Mukendi", "Kabongo wa Ilunga", "Tshibangu", "Mbuyi", "Lukusa", "Bahati"],
        cities=["Bukavu", "Goma", "Uvira", "Kinshasa", "Lubumbashi"],
        districts=["Quartier Nyalukemba", "Commune de Kadutu", "Quartier Himbi", "Kalundu"],
        streets=["Avenue Lumumba", "Avenue du Lac", "Avenue Kasai"],
        lang="fr",
        tel="+243",
    ),
    "UKR": dict(
        country="Ukraine",
        nat="Ukrainian",
        first=["Oksana", "Mykola", "Yevheniia", "Taras", "Olha", "Bohdan"],
        last=["Shevchuk", "Kovalenko-Marsh", "Bondarenko", "Tkachuk", "Hrytsenko", "Lysenko"],
        cities=["Kharkiv", "Mykolaiv", "Zaporizhzhia", "Lviv", "Chernihiv", "Sumy"],
        districts=["Saltivka", "Shevchenkivskyi district", "Sykhiv", "Inhulskyi district"],
        streets=["vul. Sumska", "prosp. Nauky", "vul. Zelena", "vul. Heroiv Pratsi"],
        lang="en",
        tel="+380",
    ),
    "HTI": dict(
        country="Haiti",
        nat="haïtienne",
        first=["Wilner", "Marie-Carmelle", "Jean Robert", "Fabiola", "Ti-Jo", "Nadège"],
        last=["Jean-Louis", "Pierre-Noël", "Dorvilien", "Saint-Fleur", "Laguerre", "Exantus"],
        cities=["Port-au-Prince", "Cap-Haïtien", "Les Cayes", "Jacmel", "Gonaïves"],
        districts=["Delmas 33", "Carrefour-Feuilles", "Pétion-Ville", "Martissant"],
        streets=["Rue Capois", "Route de Frères", "Ruelle Nazon"],
        lang="fr",
        tel="+509",
    ),
    "VNM": dict(
        country="Viet Nam",
        nat="Vietnamese",
        first=["Thi Thu Hà", "Văn Minh", "Ngọc Lan", "Quang Huy", "Bảo Anh"],
        last=["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh"],
        cities=["Ho Chi Minh City", "Da Nang", "Hai Phong", "Can Tho", "Hue"],
        districts=["Phường 7, Quận 3", "Phường Thảo Điền", "Quận Hải Châu", "Phường Vĩnh Ninh"],
        streets=["Đường Lê Lợi", "Đường Nguyễn Trãi", "Hẻm 42 Trần Hưng Đạo"],
        lang="en",
        tel="+84",
    ),
    "CAN": dict(
        country="Canada",
        nat="Canadian",
        first=["Mackenzie", "Étienne", "Shelby", "Ravinder", "Gord", "Nakoda"],
        last=["Tremblay", "Gagnon-White", "MacIsaac", "Lachance", "Wuttunee", "Sharpe"],
        cities=["Windsor", "Sarnia", "Moncton", "Kelowna", "Sherbrooke", "Thunder Bay"],
        districts=["Walkerville", "Old South", "Rutland", "Fleetwood"],
        streets=["Ouellette Avenue", "Rue King Ouest", "Pandosy Street", "Red River Road"],
        lang="en",
        tel="+1",
    ),
    "GBR": dict(
        country="United Kingdom",
        nat="British",
        first=["Gemma", "Callum", "Bethan", "Alistair", "Precious", "Rhys"],
        last=["Pennington-Smythe", "Okoro", "Llewellyn", "McAllister", "Fairweather", "Ashdown"],
        cities=["Leeds", "Swansea", "Dundee", "Norwich", "Bristol", "Preston"],
        districts=["Headingley", "Uplands", "Broughty Ferry", "Clifton"],
        streets=["Otley Road", "Walter Road", "Gray Street", "Whiteladies Road"],
        lang="en",
        tel="+44",
    ),
    "DEU": dict(
        country="Germany",
        nat="deutsch",
        first=["Jürgen", "Anneliese", "Malte", "Hülya", "Friederike", "Kai-Uwe"],
        last=["Schäfer", "von Bredow", "Wojcik", "Yılmaz", "Brandt", "Hoffmann-Kessler"],
        cities=["Kaiserslautern", "Landstuhl", "Würzburg", "Bielefeld", "Göttingen"],
        districts=["Innenstadt-West", "Vogelweh", "Sanderau", "Weende"],
        streets=["Pariser Straße", "Kaiserstraße", "Am Wiesengrund", "Bahnhofstraße"],
        lang="de",
        tel="+49",
    ),
    "SOM": dict(
        country="Somalia",
        nat="Somali",
        first=["Hodan", "Abdirahman", "Fadumo", "Liban", "Sahra", "Mohamud"],
        last=["Warsame", "Abdi Nur", "Farah", "Hirsi", "Jama", "Osman Ali"],
        cities=["Mogadishu", "Kismayo", "Baidoa", "Hargeisa", "Beledweyne"],
        districts=["Hodan district", "Wadajir", "Hawl Wadaag", "Daynile"],
        streets=["Maka al-Mukarama Road", "Via Roma", "Wadnaha Road"],
        lang="en",
        tel="+252",
    ),
    "VEN": dict(
        country="Venezuela",
        nat="venezolana",
        first=["Yusmary", "Jhonder", "Maryelis", "Wuilmer", "Daniela", "Yorbis"],
        last=["Contreras", "Pérez de Armas", "Briceño", "Quintero", "Urdaneta", "Salas-Mijares"],
        cities=["Maracaibo", "Barquisimeto", "Valencia", "San Cristóbal", "Cumaná"],
        districts=["Urb. La Trigaleña", "Sector El Paraíso", "Barrio Obrero", "Parroquia Chiquinquirá"],
        streets=["Av. Bolívar", "Calle 72", "Carrera 19", "Av. Las Delicias"],
        lang="es",
        tel="+58",
    ),
}
ORIGIN_CODES = sorted(ORIGINS)

TRIBAL_FIRST = [
    "Darlene",
    "Wilbert",
    "Shaylee",
    "Tyrel",
    "Loretta",
    "Harrison",
    "Autumn",
    "Verna",
    "Delbert",
    "Kaya",
    "Marlin",
    "Rae Lynn",
    "Cheyenne",
    "Elvira",
    "Jolene",
]
TRIBAL_LAST = [
    "Begay",
    "Yazzie",
    "Tsosie",
    "Nez",
    "Two Bulls",
    "Many Horses",
    "Iron Shell",
    "Whitehorse",
    "Benally",
    "Standing Bear",
    "Redhouse",
    "Ahtone",
    "Chee",
    "Little Thunder",
    "Old Coyote",
    "Sixkiller",
]

US_PLACES = [  # city, state, county, zip prefix
    ("Tucson", "AZ", "Pima County", "857"),
    ("Yuma", "AZ", "Yuma County", "853"),
    ("Chula Vista", "CA", "San Diego County", "919"),
    ("El Centro", "CA", "Imperial County", "922"),
    ("Laredo", "TX", "Webb County", "780"),
    ("McAllen", "TX", "Hidalgo County", "785"),
    ("El Paso", "TX", "El Paso County", "799"),
    ("Gallup", "NM", "McKinley County", "873"),
    ("Chinle", "AZ", "Apache County", "865"),
    ("Pine Ridge", "SD", "Oglala Lakota County", "577"),
    ("Tahlequah", "OK", "Cherokee County", "744"),
    ("Bethel", "AK", "Bethel Census Area", "995"),
    ("Fayetteville", "NC", "Cumberland County", "283"),
    ("Killeen", "TX", "Bell County", "765"),
    ("Tacoma", "WA", "Pierce County", "984"),
    ("Utica", "NY", "Oneida County", "135"),
    ("Boise", "ID", "Ada County", "837"),
    ("Lowell", "MA", "Middlesex County", "018"),
    ("Clarkston", "GA", "DeKalb County", "300"),
    ("Dearborn", "MI", "Wayne County", "481"),
    ("Fargo", "ND", "Cass County", "581"),
    ("Bowling Green", "KY", "Warren County", "421"),
    ("St. Cloud", "MN", "Stearns County", "563"),
    ("Miami", "FL", "Miami-Dade County", "331"),
    ("Detroit", "MI", "Wayne County", "482"),
    ("Lewiston", "ME", "Androscoggin County", "042"),
    ("Jacksonville", "NC", "Onslow County", "285"),
    ("Havre", "MT", "Hill County", "595"),
]
US_STREETS = [
    "Calle Sonora Ave",
    "N Stone Ave",
    "Mesa Verde Dr",
    "Indian Route 7",
    "BIA Rd 27",
    "Rio Grande Blvd",
    "E 38th St",
    "Old Fort Rd",
    "Paradise Ln",
    "Kachina Way",
    "Elm St",
    "Veterans Pkwy",
    "Reilly Rd",
    "Lake Shore Dr",
    "Hope St",
    "Union Ave",
    "Ocean View Ter",
    "Canyon del Muerto Rd",
    "Pershing Ave",
    "Liberty Bell Ct",
    "Amity Rd",
    "Cedar Creek Loop",
]
INSTALLATIONS = [
    "Fort Cavazos",
    "Joint Base Lewis-McChord",
    "Camp Lejeune",
    "Fort Liberty",
    "Ramstein Air Base",
    "Camp Humphreys",
    "Naval Station Rota",
    "Camp Lemonnier",
    "Fort Bliss",
    "Kadena Air Base",
    "Camp Arifjan",
    "Al Udeid Air Base",
]
MTF = [
    "Landstuhl Regional Medical Center",
    "Brian D. Allgood Army Community Hospital",
    "Naval Hospital Camp Lejeune",
    "Womack Army Medical Center",
    "William Beaumont Army Medical Center",
    "Madigan Army Medical Center",
    "Naval Hospital Okinawa",
    "Carl R. Darnall Army Medical Center",
]
CAMPS = ["Kakuma", "Dadaab", "Nyarugusu", "Kutupalong", "Za'atari", "Azraq", "Nakivale", "Mae La"]
PORT_CITIES = [
    "Cozumel",
    "Nassau",
    "Roatán",
    "Juneau",
    "Ketchikan",
    "Cartagena",
    "Bridgetown",
    "Philipsburg",
    "Falmouth",
    "Puerto Vallarta",
]
PORTS_OF_ENTRY = [
    "San Ysidro",
    "Calexico",
    "Nogales",
    "Otay Mesa",
    "Brownsville",
    "Del Rio",
    "Eagle Pass",
    "Santa Teresa",
    "Detroit-Windsor Tunnel",
    "Blaine",
    "Champlain",
]
CHAPTERS = [
    "Many Farms",
    "Rough Rock",
    "Lukachukai",
    "Kyle",
    "Wanblee",
    "Porcupine",
    "Crownpoint",
    "Shiprock",
    "Tsaile",
    "Round Rock",
]
FX_HOSP = [
    "Hospital General",
    "Clínica San Rafael",
    "Hospital Ángeles",
    "Sanatorio del Carmen",
    "St. Luke's Medical Center",
    "Apollo Speciality Hospital",
    "Bumrungrad-style Intl Hospital",
    "Hôpital Saint-Joseph",
    "Klinikum",
    "Hospital Universitario",
]
PRISONS = [
    "State Correctional Institution",
    "Correctional Center",
    "Detention Center",
    "Federal Correctional Institution",
    "County Jail",
    "Processing Center",
]

LANG_NAMES = {
    "MEX": "Spanish",
    "GTM": "Spanish",
    "VEN": "Spanish",
    "COD": "French",
    "HTI": "Haitian Creole",
    "DEU": "German",
    "UKR": "Ukrainian",
    "AFG": "Dari",
    "SYR": "Arabic",
    "VNM": "Vietnamese",
    "PHL": "Filipino",
    "IND": "Tamil",
    "NGA": "Yoruba",
    "SOM": "Somali",
    "CAN": "French",
    "GBR": "Welsh",
}
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# --- helpers --------------------------------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def _u(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(UP) for _ in range(n))


def _an(rng: random.Random, n: int, alphabet: str = UP + DIG) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


MONTHS_EN = [
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
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def fmt_us(rng: random.Random, d: dt.date) -> str:
    style = rng.randrange(8)
    if style == 0:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == 1:
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == 4:
        return f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}"
    if style == 5:
        return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}"
    if style == 6:
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    return f"{d.month}/{d.day}/{d.year}"


def fmt_local(rng: random.Random, d: dt.date, lang: str) -> str:
    """How a foreign record writes a date."""
    style = rng.randrange(4)
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if lang == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if lang == "fr":
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if lang == "de":
        return f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def fmt_mil(rng: random.Random, d: dt.date) -> str:
    mon = MONTHS_EN[d.month - 1][:3].upper()
    style = rng.randrange(3)
    if style == 0:
        return f"{d.day:02d}{mon}{d.year % 100:02d}"
    if style == 1:
        return f"{d.day:02d} {mon} {d.year}"
    return f"{d.year}{d.month:02d}{d.day:02d}"


def fmt_any(rng: random.Random, d: dt.date, lang: str) -> str:
    r = rng.random()
    if r < 0.55:
        return fmt_us(rng, d)
    if r < 0.85:
        return fmt_local(rng, d, lang)
    return fmt_mil(rng, d)


def us_phone(rng: random.Random) -> str:
    area = rng.choice(
        [
            "520",
            "928",
            "619",
            "956",
            "915",
            "505",
            "605",
            "918",
            "907",
            "910",
            "253",
            "315",
            "208",
            "978",
            "404",
            "313",
            "701",
            "270",
            "320",
            "305",
            "207",
            "406",
        ]
    )
    line = f"01{_d(rng, 2)}"
    style = rng.randrange(6)
    if style == 0:
        return f"({area}) 555-{line}"
    if style == 1:
        return f"{area}-555-{line}"
    if style == 2:
        return f"{area}.555.{line}"
    if style == 3:
        return f"+1 {area} 555 {line}"
    if style == 4:
        return f"1-{area}-555-{line}"
    return f"{area} 555 {line}"


def intl_phone(rng: random.Random, code: str) -> str:
    if code == "+44":
        return rng.choice(
            [f"+44 20 7946 0{_d(rng, 3)}", f"07700 900{_d(rng, 3)}", f"+44 (0)113 496 0{_d(rng, 3)}"]
        )
    if code == "+1":
        return f"+1 ({rng.choice(['519', '613', '506', '250', '819'])}) 555-01{_d(rng, 2)}"
    if code == "+52":
        return rng.choice(
            [
                f"+52 664 {_d(rng, 3)} {_d(rng, 4)}",
                f"(664) {_d(rng, 3)}-{_d(rng, 4)}",
                f"+52 1 33 {_d(rng, 4)} {_d(rng, 4)}",
            ]
        )
    if code == "+49":
        return rng.choice(
            [f"+49 631 {_d(rng, 6)}", f"0631/{_d(rng, 3)}-{_d(rng, 3)}", f"+49 (0)931 {_d(rng, 5)}"]
        )
    if code == "+91":
        return rng.choice([f"+91 98{_d(rng, 3)} {_d(rng, 5)}", f"+91-44-{_d(rng, 4)}-{_d(rng, 4)}"])
    if code == "+63":
        return rng.choice([f"+63 917 {_d(rng, 3)} {_d(rng, 4)}", f"(02) 8{_d(rng, 3)}-{_d(rng, 4)}"])
    return rng.choice(
        [
            f"{code} {_d(rng, 2)} {_d(rng, 3)} {_d(rng, 4)}",
            f"{code}{_d(rng, 9)}",
            f"00{code[1:]} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
        ]
    )


def postcode(rng: random.Random, code: str) -> str:
    if code == "GBR":
        return f"{_u(rng, 2)}{rng.randint(1, 19)} {rng.randint(1, 9)}{_u(rng, 2)}"
    if code == "CAN":
        return f"{rng.choice('NKLMPRSTV')}{rng.randint(0, 9)}{_u(rng, 1)} {rng.randint(0, 9)}{_u(rng, 1)}{rng.randint(0, 9)}"
    if code in ("MEX", "DEU", "UKR", "SYR"):
        return _d(rng, 5)
    if code in ("IND", "NGA", "VNM"):
        return _d(rng, 6) if rng.random() < 0.6 else f"{_d(rng, 3)} {_d(rng, 3)}"
    if code == "HTI":
        return f"HT{_d(rng, 4)}"
    if code == "SOM":
        return f"{_u(rng, 2)} {_d(rng, 5)}"
    return _d(rng, 4)


def passport(rng: random.Random, code: str) -> str:
    makers = {
        "MEX": lambda: f"G{_d(rng, 8)}",
        "GBR": lambda: _d(rng, 9),
        "CAN": lambda: f"{_u(rng, 2)}{_d(rng, 6)}",
        "DEU": lambda: "C" + _an(rng, 8, "CFGHJKLMNPRTVWXYZ" + DIG),
        "IND": lambda: f"{_u(rng, 1)}{_d(rng, 7)}",
        "PHL": lambda: f"P{_d(rng, 7)}{_u(rng, 1)}",
        "NGA": lambda: f"A{_d(rng, 8)}",
        "AFG": lambda: f"P{_d(rng, 8)}",
        "SYR": lambda: f"N{_d(rng, 9)}",
        "COD": lambda: f"OB{_d(rng, 7)}",
        "UKR": lambda: f"{_u(rng, 2)}{_d(rng, 6)}" if rng.random() < 0.5 else _d(rng, 9),
        "HTI": lambda: f"{_u(rng, 2)}{_d(rng, 7)}",
        "VNM": lambda: f"{_u(rng, 1)}{_d(rng, 7)}",
        "SOM": lambda: f"P{_d(rng, 8)}",
        "VEN": lambda: _d(rng, 9),
        "GTM": lambda: _d(rng, 9),
    }
    return makers[code]()


def health_number(rng: random.Random, code: str) -> tuple[str, str]:
    if code == "CAN":
        return rng.choice(
            ["OHIP #", "Health Card No.", "RAMQ"]
        ), f"{_d(rng, 4)}-{_d(rng, 3)}-{_d(rng, 3)}-{_u(rng, 2)}"
    if code == "GBR":
        return "NHS No.", f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}"
    if code == "DEU":
        return rng.choice(["KVNR", "Versichertennr."]), f"{_u(rng, 1)}{_d(rng, 9)}"
    if code == "MEX":
        return rng.choice(
            ["NSS (IMSS)", "No. afiliación IMSS", "Póliza Seguro Popular"]
        ), f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 1)}"
    if code == "PHL":
        return "PhilHealth No.", f"{_d(rng, 2)}-{_d(rng, 9)}-{_d(rng, 1)}"
    if code == "IND":
        return rng.choice(["ABHA No.", "PM-JAY ID"]), f"{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}"
    if code == "NGA":
        return "NHIA No.", f"NHIA/{_u(rng, 2)}/{_d(rng, 7)}"
    if code == "UKR":
        return "NSZU declaration No.", f"{_an(rng, 4)}-{_an(rng, 4)}-{_an(rng, 4)}"
    if code == "VNM":
        return "BHYT No.", f"{_u(rng, 2)}{_d(rng, 1)}{_d(rng, 2)}{_d(rng, 10)}"
    if code == "VEN":
        return "IVSS No.", f"V-{_d(rng, 8)}"
    if code == "GTM":
        return "IGSS afiliación", _d(rng, 12)
    if code == "HTI":
        return "OFATMA No.", f"{_d(rng, 3)}-{_d(rng, 6)}"
    return "Health insurance No.", f"{_u(rng, 3)}-{_d(rng, 8)}"


def national_id(rng: random.Random, code: str, last: str, first: str) -> tuple[str, str]:
    if code == "MEX":
        return "CURP", f"{_u(rng, 4)}{_d(rng, 6)}{rng.choice('HM')}{_u(rng, 5)}{_an(rng, 1)}{_d(rng, 1)}"
    if code == "IND":
        return "Aadhaar", f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}"
    if code == "PHL":
        return "PhilSys PSN", f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}"
    if code == "NGA":
        return "NIN", _d(rng, 11)
    if code == "UKR":
        return "RNOKPP (tax no.)", _d(rng, 10)
    if code == "AFG":
        return "Tazkira No.", f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 5)}"
    if code == "SYR":
        return "National No.", _d(rng, 11)
    if code == "DEU":
        return "Personalausweis-Nr.", f"L{_an(rng, 8, 'CFGHJKLMNPRTVWXYZ' + DIG)}"
    if code == "VEN":
        return "C.I.", f"V-{rng.randint(10, 32)}.{_d(rng, 3)}.{_d(rng, 3)}"
    if code == "GTM":
        return "DPI/CUI", f"{_d(rng, 4)} {_d(rng, 5)} {_d(rng, 4)}"
    if code == "HTI":
        return "NIF", f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 1)}"
    if code == "VNM":
        return "CCCD", _d(rng, 12)
    if code == "CAN":
        return "PR card No.", f"{_u(rng, 2)}{_d(rng, 7)}"
    if code == "GBR":
        return "BRP No.", f"{_u(rng, 2)}{_d(rng, 7)}"
    if code == "COD":
        return "Carte d'électeur No.", _d(rng, 11)
    return "National ID", _d(rng, 10)


def ssn(rng: random.Random) -> str:
    a, b, c = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}"])


def a_number(rng: random.Random) -> str:
    n = f"{rng.randint(2, 2)}{_d(rng, 8)}"
    style = rng.randrange(5)
    if style == 0:
        return f"A{n}"
    if style == 1:
        return f"A-{n[:3]}-{n[3:6]}-{n[6:]}"
    if style == 2:
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == 3:
        return f"A {n}"
    return f"0{n}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + _d(rng, 9)


def dea(rng: random.Random, last: str) -> str:
    initial = next((c for c in last.upper() if c in UP), "X")
    return f"{rng.choice('ABFM')}{initial}{_d(rng, 7)}"


def name_of(rng: random.Random, first: list[str], last: list[str]) -> tuple[str, str]:
    return rng.choice(first), rng.choice(last)


def to_words(n: int) -> str:
    tens = {9: "ninety", 10: "one hundred"}
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {ONES[rest]}" if rest else "")
    t, o = divmod(n, 10)
    return tens[t] + (f"-{ONES[o]}" if o else "")


def ocr(rng: random.Random, text: str) -> str:
    """A few OCR confusions in a value."""
    swaps = {"m": "rn", "O": "0", "l": "1", "S": "5", "B": "8", "e": "c", "I": "l", "0": "O", "1": "l"}
    out = []
    for ch in text:
        if ch in swaps and rng.random() < 0.3:
            out.append(swaps[ch])
        else:
            out.append(ch)
    return "".join(out)


# --- identifiers ----------------------------------------------------------------------------------


def identifiers(rng: random.Random) -> dict[str, tuple[PhiType | None, str]]:
    code = rng.choice(ORIGIN_CODES)
    o = ORIGINS[code]
    lang = o["lang"]
    v: dict[str, tuple[PhiType | None, str]] = {}

    # patient
    if rng.random() < 0.8:
        first, last = rng.choice(o["first"]), rng.choice(o["last"])
    else:
        first, last = name_of(rng, GLOBAL_FIRST, GLOBAL_LAST)
    mi = rng.choice(UP)
    v["pt_first"] = (N, first)
    v["pt_last"] = (N, last)
    v["pt_full"] = (N, rng.choice([f"{first} {last}", f"{first} {mi}. {last}", f"{first} {last}"]))
    v["pt_lfm"] = (N, rng.choice([f"{last}, {first} {mi}.", f"{last}, {first}", f"{last.upper()}, {first}"]))
    v["pt_caps"] = (N, f"{first} {last}".upper())
    v["pt_caps_lf"] = (N, f"{last.upper()}, {first.upper()}")
    v["pt_mrz_sur"] = (N, last.upper().replace(" ", "<").replace("-", "<").replace("'", ""))
    v["pt_mrz_given"] = (N, first.upper().replace(" ", "<").replace("-", "<"))
    v["pt_mrz_pad"] = (None, "<" * max(1, 44 - 7 - len(v["pt_mrz_sur"][1]) - len(v["pt_mrz_given"][1])))
    alt = (
        last.replace("Mohammad", "Mohammed")
        .replace("Al-", "El-")
        .replace("Nguyễn", "Nguyen")
        .replace("é", "e")
        .replace("í", "i")
        .replace("á", "a")
    )
    if alt == last:
        alt = last + rng.choice(["e", "i", "-" + rng.choice(GLOBAL_LAST).split()[-1]])
    v["pt_alias"] = (N, f"{first.split()[0]} {alt}")
    v["pt_nick"] = (
        N,
        rng.choice(
            [
                "Chuy",
                "Lupe",
                "Bisi",
                "Bong",
                "Ti-Jo",
                "Sasha",
                "Nabi",
                "Gordie",
                "Mimi",
                "Beto",
                "Junior",
                "Kiki",
                "Tonio",
                "Pita",
            ]
        ),
    )
    v["pt_last_ocr"] = (N, ocr(rng, last.upper()))
    v["pt_init"] = (N, f"{first[0].upper()}.{last.split()[-1][0].upper()}.")
    v["pt_last_caps"] = (N, last.upper())
    v["pt_first_caps"] = (N, first.upper())
    v["lang_name"] = (None, LANG_NAMES[code])

    # a tribal-clinic identity (IHS / CHR notes)
    tf, tl = rng.choice(TRIBAL_FIRST), rng.choice(TRIBAL_LAST)
    v["tr_full"] = (N, rng.choice([f"{tf} {tl}", f"{tf} {rng.choice(UP)}. {tl}"]))
    v["tr_lfm"] = (N, rng.choice([f"{tl}, {tf} {rng.choice(UP)}.", f"{tl}, {tf}"]))
    v["tr_caps_lf"] = (N, f"{tl.upper()}, {tf.upper()}")
    v["tr_rel_full"] = (N, f"{rng.choice(TRIBAL_FIRST)} {rng.choice([tl, rng.choice(TRIBAL_LAST)])}")

    # relatives, clinicians, staff
    rf, rl = (rng.choice(o["first"]), last) if rng.random() < 0.6 else name_of(rng, o["first"], o["last"])
    v["rel_full"] = (N, f"{rf} {rl}")
    v["rel_first"] = (N, rf)
    r2f, r2l = name_of(rng, GLOBAL_FIRST + o["first"], GLOBAL_LAST)
    v["rel2_full"] = (N, f"{r2f} {r2l}")
    for key in ("doc", "doc2", "rn", "staff", "staff2", "interp", "fdoc", "officer", "escort", "pilot"):
        pool_f = o["first"] + GLOBAL_FIRST if key in ("fdoc", "interp") else GLOBAL_FIRST
        pool_l = o["last"] + GLOBAL_LAST if key in ("fdoc", "interp") else GLOBAL_LAST
        f, l_ = name_of(rng, pool_f, pool_l)
        v[f"{key}_full"] = (N, f"{f} {l_}")
        v[f"{key}_first"] = (N, f)
        v[f"{key}_last"] = (N, l_)
        v[f"{key}_init"] = (N, f"{f[0]}. {l_}")
        v[f"{key}_caps"] = (N, f"{l_.upper()}, {f.upper()}")

    # dates
    base = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 1275))
    age = rng.randint(1, 84)
    dob = dt.date(base.year - age, rng.randint(1, 12), rng.randint(1, 28))
    age = base.year - dob.year - ((base.month, base.day) < (dob.month, dob.day))
    v["age"] = (None, str(age))
    v["yob"] = (None, str(dob.year))
    v["dob"] = (D, fmt_us(rng, dob))
    v["dob_local"] = (D, fmt_local(rng, dob, lang))
    v["dob_iso"] = (D, dob.isoformat())
    v["dob_hl7"] = (D, dob.strftime("%Y%m%d"))
    v["dob_mrz"] = (D, dob.strftime("%y%m%d"))
    v["dob_mil"] = (D, fmt_mil(rng, dob))
    eage = rng.randint(90, 104)
    edob = dt.date(base.year - eage - 1, rng.randint(1, 12), rng.randint(1, 28))
    eage = base.year - edob.year - ((base.month, base.day) < (edob.month, edob.day))
    v["age90"] = (PhiType.AGE, str(eage))
    v["age90w"] = (PhiType.AGE, to_words(eage) if rng.random() < 0.5 else str(eage))
    v["dob_elder"] = (D, fmt_any(rng, edob, lang))

    def rel(lo: int, hi: int) -> dt.date:
        return base + dt.timedelta(days=rng.randint(lo, hi))

    v["d_exam"] = (D, fmt_us(rng, base))
    v["d_exam_iso"] = (D, base.isoformat())
    v["d_exam_local"] = (D, fmt_local(rng, base, lang))
    v["d_exam_mil"] = (D, fmt_mil(rng, base))
    v["d_exam_hl7"] = (D, base.strftime("%Y%m%d") + f"{rng.randint(6, 22):02d}{rng.randint(0, 59):02d}")
    v["d_exam_short"] = (D, f"{base.month}/{base.day}")
    v["dt_event"] = (
        D,
        rng.choice(
            [
                f"{base.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                f"{fmt_us(rng, base)} {rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
                f"{base.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
            ]
        ),
    )
    for i, (lo, hi) in enumerate([(-400, -30), (-120, -2), (-30, -1), (1, 10), (5, 60), (30, 200)], start=1):
        d = rel(lo, hi)
        v[f"d{i}"] = (D, fmt_any(rng, d, lang))
        v[f"d{i}_us"] = (D, fmt_us(rng, d))
        v[f"d{i}_local"] = (D, fmt_local(rng, d, lang))
        v[f"d{i}_iso"] = (D, d.isoformat())
        v[f"d{i}_mil"] = (D, fmt_mil(rng, d))
    v["dt_event2"] = (D, f"{rel(0, 2).isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
    for i in range(1, 5):
        d = min(
            dob + dt.timedelta(days=rng.randint(40, 1500) * i), base - dt.timedelta(days=rng.randint(1, 30))
        )
        v[f"d_vax{i}"] = (D, rng.choice([fmt_us(rng, d), fmt_local(rng, d, lang), d.strftime("%m/%Y")]))
    iss = rel(-3000, -200)
    v["d_pp_issue"] = (D, rng.choice([fmt_local(rng, iss, lang), iss.strftime("%d %b %Y").upper()]))
    v["d_pp_exp"] = (
        D,
        (iss.replace(year=iss.year + 10) if not (iss.month == 2 and iss.day == 29) else iss)
        .strftime("%d %b %Y")
        .upper(),
    )
    v["d_pp_exp_mrz"] = (D, iss.replace(year=iss.year + 10, day=min(iss.day, 28)).strftime("%y%m%d"))

    # places
    city, state, county, zprefix = rng.choice(US_PLACES)
    v["us_street"] = (L, f"{rng.randint(12, 9899)} {rng.choice(US_STREETS)}")
    v["us_unit"] = (
        L,
        rng.choice(
            [
                f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                f"Unit {rng.randint(100, 420)}",
                f"#{rng.randint(2, 30)}",
                f"Trailer {rng.randint(1, 60)}",
                f"Lot {rng.randint(1, 90)}",
            ]
        ),
    )
    v["us_city"] = (L, city)
    v["us_state"] = (None, state)
    v["us_county"] = (L, county)
    v["us_zip"] = (L, f"{zprefix}{_d(rng, 2)}" + (f"-{_d(rng, 4)}" if rng.random() < 0.3 else ""))
    city2, state2, _county2, zp2 = rng.choice(US_PLACES)
    v["us_city2"] = (L, city2)
    v["us_state2"] = (None, state2)
    v["us_zip2"] = (L, f"{zp2}{_d(rng, 2)}")
    v["us_street2"] = (L, f"{rng.randint(100, 4999)} {rng.choice(US_STREETS)}")
    v["country"] = (None, o["country"])
    v["cc"] = (None, code)
    v["nationality"] = (None, o["nat"])
    v["fx_city"] = (L, rng.choice(o["cities"]))
    v["fx_city2"] = (L, rng.choice(o["cities"]))
    v["fx_district"] = (L, rng.choice(o["districts"]))
    v["fx_street"] = (
        L,
        rng.choice(
            [
                f"{rng.choice(o['streets'])} {rng.randint(1, 480)}",
                f"{rng.randint(1, 480)} {rng.choice(o['streets'])}",
                f"{rng.choice(o['streets'])} No. {rng.randint(1, 99)}",
            ]
        ),
    )
    v["fx_postcode"] = (L, postcode(rng, code))
    v["birth_city"] = (L, rng.choice(o["cities"]))
    v["camp"] = (L, rng.choice(CAMPS))
    fc = rng.choice(o["cities"])
    v["fx_fac"] = (
        L,
        rng.choice(
            {
                "es": [
                    f"Hospital General de {fc}",
                    f"Clínica San Rafael de {fc}",
                    f"Hospital Ángeles {fc}",
                    f"Sanatorio del Carmen de {fc}",
                ],
                "fr": [
                    f"Hôpital Saint-Joseph de {fc}",
                    f"Clinique Ngaliema {fc}",
                    f"Centre Hospitalier de {fc}",
                ],
                "de": [f"Klinikum {fc}", f"Universitätsklinikum {fc}", f"St. Elisabeth-Krankenhaus {fc}"],
                "en": [
                    f"{fc} General Hospital",
                    f"St. Luke's Medical Center {fc}",
                    f"Apollo Speciality Hospital {fc}",
                    f"{fc} Teaching Hospital",
                    f"Royal Infirmary of {fc}",
                ],
            }[lang]
        ),
    )
    v["us_fac"] = (
        L,
        f"{city2} {rng.choice(['Regional Medical Center', 'Indian Health Center', 'Community Hospital', 'Health Center', 'Service Unit'])}",
    )
    v["base"] = (L, rng.choice(INSTALLATIONS))
    v["mtf"] = (L, rng.choice(MTF))
    v["port_city"] = (L, rng.choice(PORT_CITIES))
    v["poe"] = (L, rng.choice(PORTS_OF_ENTRY))
    v["chapter"] = (L, rng.choice(CHAPTERS))
    v["prison"] = (
        L,
        f"{rng.choice(['Sierra Blanca', 'Eloy', 'Otero', 'Ray Brook', 'Coyote Ridge', 'Florence', 'Big Spring', 'Pine Prairie'])} {rng.choice(PRISONS)}",
    )
    lat, lon = rng.uniform(18, 29), rng.uniform(80, 96)
    v["coords"] = (
        L,
        rng.choice(
            [
                f"{int(lat)}°{int(lat % 1 * 60):02d}'N {int(lon):03d}°{int(lon % 1 * 60):02d}'W",
                f"{lat:.4f}, -{lon:.4f}",
                f"N{int(lat)} {lat % 1 * 60:.1f} W0{int(lon)} {lon % 1 * 60:.1f}",
            ]
        ),
    )

    # contact
    v["pt_phone"] = (PhiType.PHONE, us_phone(rng))
    v["pt_phone_fx"] = (PhiType.PHONE, intl_phone(rng, o["tel"]))
    v["rel_phone"] = (PhiType.PHONE, rng.choice([us_phone(rng), intl_phone(rng, o["tel"])]))
    v["fac_phone"] = (PhiType.PHONE, us_phone(rng))
    v["fac_phone_fx"] = (
        PhiType.PHONE,
        intl_phone(rng, rng.choice(["+52", "+44", "+49", "+91", "+63", "+1"])),
    )
    v["fax"] = (PhiType.FAX, us_phone(rng))
    v["fax_fx"] = (PhiType.FAX, intl_phone(rng, o["tel"]))
    user = (first.split()[0] + "." + last.split()[-1]).lower()
    user = "".join(c for c in user if c in string.ascii_lowercase + ".") or "pt"
    v["pt_email"] = (
        PhiType.EMAIL,
        rng.choice(
            [
                f"{user}@example.com",
                f"{user}{_d(rng, 2)}@mail.example.org",
                f"{user.replace('.', '_')}@inbox.test",
            ]
        ),
    )
    sl = "".join(c for c in v["staff_last"][1].lower() if c in string.ascii_lowercase)
    v["staff_email"] = (
        PhiType.EMAIL,
        rng.choice(
            [
                f"{v['staff_first'][1][0].lower()}{sl}@assist.example.org",
                f"{sl}.ipo@hospital.example.com",
                f"intake-{sl}@rhp.test",
            ]
        ),
    )
    v["url"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://portal.example.org/records/{_an(rng, 10, string.ascii_lowercase + DIG)}",
                f"https://emedical.example.gov.test/hap/{_d(rng, 9)}/summary",
                f"http://share.example.com/s/{_an(rng, 12, string.ascii_letters + DIG)}",
                f"https://tele.example.org/join?room={_an(rng, 8, string.ascii_lowercase + DIG)}",
            ]
        ),
    )
    v["url2"] = (
        PhiType.URL,
        f"https://files.example.net/upload/{_an(rng, 6, string.ascii_lowercase)}/{_d(rng, 6)}",
    )
    v["ip"] = (
        PhiType.IP_ADDRESS,
        rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.0.2.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"203.0.113.{rng.randint(1, 254)}",
                f"2001:db8:{_an(rng, 4, '0123456789abcdef')}::{_an(rng, 2, '0123456789abcdef')}",
            ]
        ),
    )
    v["ip2"] = (PhiType.IP_ADDRESS, f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")

    # numbers
    v["ssn"] = (PhiType.SSN, ssn(rng))
    v["mrn"] = (
        PhiType.MRN,
        rng.choice(
            [
                _d(rng, 8),
                f"MRN{_d(rng, 7)}",
                f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}",
                f"E{_d(rng, 9)}",
                f"00{_d(rng, 7)}",
            ]
        ),
    )
    v["mrn_fx"] = (
        PhiType.MRN,
        rng.choice(
            [
                f"UHID-{_d(rng, 4)}-{_d(rng, 6)}",
                f"EXP-{_d(rng, 6)}/{_d(rng, 2)}",
                f"HN {_d(rng, 2)}-{_d(rng, 6)}",
                f"CR{_d(rng, 10)}",
                f"{_d(rng, 2)}.{_d(rng, 3)}.{_d(rng, 3)}",
            ]
        ),
    )
    v["hrn"] = (PhiType.MRN, rng.choice([_d(rng, 6), f"{_d(rng, 3)}-{_d(rng, 3)}", f"HRN {_d(rng, 6)}"[4:]]))
    v["mrn_ocr"] = (PhiType.MRN, ocr(rng, _d(rng, 8)))
    v["acct"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [f"{_d(rng, 10)}", f"FIN {_d(rng, 9)}"[4:], f"V{_d(rng, 9)}", f"{_d(rng, 4)}-{_d(rng, 6)}"]
        ),
    )
    v["claim"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [
                f"CLM-{_d(rng, 4)}-{_d(rng, 7)}",
                f"{_d(rng, 13)}",
                f"FMP{_d(rng, 2)}{_u(rng, 1)}{_d(rng, 6)}",
                f"TC{_d(rng, 11)}",
            ]
        ),
    )
    v["invoice"] = (
        PhiType.ACCOUNT,
        rng.choice([f"PF/{base.year}/{_d(rng, 5)}", f"INV-{_d(rng, 7)}", f"IPD-{_d(rng, 6)}-{_u(rng, 2)}"]),
    )
    v["member_id"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{_u(rng, 3)}{_d(rng, 9)}",
                f"W{_d(rng, 9)}",
                f"{_d(rng, 9)}-0{rng.randint(1, 4)}",
                f"XJG {_d(rng, 3)} {_d(rng, 6)}",
            ]
        ),
    )
    v["group_no"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice([_d(rng, 6), f"GRP-{_d(rng, 5)}", f"{_u(rng, 2)}{_d(rng, 5)}"]),
    )
    v["medicaid"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            [f"{_u(rng, 2)}{_d(rng, 5)}{_u(rng, 1)}", _d(rng, 10), f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}"]
        ),
    )
    mbi = f"{rng.randint(1, 9)}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{_an(rng, 1, 'ACDEFGHJKMNPQRTUVWXY' + DIG)}{rng.randint(0, 9)}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{_an(rng, 1, 'ACDEFGHJKMNPQRTUVWXY' + DIG)}{rng.randint(0, 9)}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    v["mbi"] = (PhiType.HEALTH_PLAN_ID, rng.choice([mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"]))
    v["dbn"] = (PhiType.HEALTH_PLAN_ID, _d(rng, 11))
    v["travel_policy"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"TRV-{_d(rng, 8)}",
                f"{_u(rng, 3)}/{_d(rng, 6)}/{_d(rng, 2)}",
                f"P{_d(rng, 3)}-{_d(rng, 5)}-{_u(rng, 1)}",
                f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
            ]
        ),
    )
    hl, hn = health_number(rng, code)
    v["fx_health_label"] = (None, hl)
    v["fx_health_no"] = (PhiType.HEALTH_PLAN_ID, hn)
    nl, nn = national_id(rng, code, last, first)
    v["natid_label"] = (None, nl)
    v["natid"] = (PhiType.OTHER_ID, nn)

    v["npi"] = (PhiType.LICENSE, npi(rng))
    v["npi2"] = (PhiType.LICENSE, npi(rng))
    v["dea"] = (PhiType.LICENSE, dea(rng, v["doc_last"][1]))
    v["state_lic"] = (
        PhiType.LICENSE,
        rng.choice(
            [f"MD{_d(rng, 6)}", f"{_d(rng, 5)}", f"G{_d(rng, 5)}", f"DO-{_d(rng, 4)}", f"RN{_d(rng, 7)}"]
        ),
    )
    v["fx_lic"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"GMC {_d(rng, 7)}"[4:],
                f"CRM-SP {_d(rng, 6)}"[7:],
                f"Céd. {_d(rng, 8)}"[5:],
                f"MCI-{_d(rng, 5)}",
                f"{_d(rng, 4)}/{_u(rng, 2)}/{_d(rng, 2)}",
            ]
        ),
    )
    v["dl"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"{_u(rng, 1)}{_d(rng, 8)}",
                f"D{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",
                _d(rng, 9),
                f"{_u(rng, 1)}{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 3)}",
            ]
        ),
    )
    v["cert_no"] = (
        PhiType.LICENSE,
        rng.choice(
            [f"STCW-{_d(rng, 7)}", f"{_d(rng, 8)}", f"ENG1/{_d(rng, 6)}", f"{_u(rng, 3)}/MC/{_d(rng, 5)}"]
        ),
    )
    v["icvp_no"] = (PhiType.LICENSE, rng.choice([f"{_u(rng, 2)}{_d(rng, 7)}", f"ICVP-{_d(rng, 8)}"]))
    v["death_cert"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"{base.year}-{_d(rng, 6)}",
                f"{_u(rng, 2)}/{_d(rng, 5)}/{base.year % 100}",
                f"No. {_d(rng, 7)}"[4:],
            ]
        ),
    )
    v["cdib"] = (PhiType.LICENSE, rng.choice([f"CDIB-{_d(rng, 6)}", f"{_d(rng, 3)}-{_d(rng, 5)}"]))
    v["pilot_cert"] = (PhiType.LICENSE, _d(rng, 7))

    v["plate"] = (
        PhiType.VEHICLE_ID,
        rng.choice(
            [
                f"{_d(rng, 1)}{_u(rng, 3)}{_d(rng, 3)}",
                f"{_u(rng, 3)}-{_d(rng, 4)}",
                f"{_u(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}",
                f"{_u(rng, 2)} {_d(rng, 4)}",
                f"KL-{_u(rng, 2)} {_d(rng, 3)}",
            ]
        ),
    )
    vin_alpha = "ABCDEFGHJKLMNPRSTUVWXYZ" + DIG
    v["vin"] = (PhiType.VEHICLE_ID, rng.choice(["1", "3", "5", "W"]) + _an(rng, 16, vin_alpha))
    v["tail"] = (
        PhiType.VEHICLE_ID,
        rng.choice(
            [
                f"N{rng.randint(100, 999)}{_u(rng, 2)}",
                f"XA-{_u(rng, 3)}",
                f"C-G{_u(rng, 3)}",
                f"N{rng.randint(10, 99)}{_d(rng, 2)}{_u(rng, 1)}",
            ]
        ),
    )
    v["unit_plate"] = (
        PhiType.VEHICLE_ID,
        rng.choice(
            [f"{_u(rng, 2)}-{_d(rng, 2)}-{_d(rng, 3)}", f"{_d(rng, 3)}-{_u(rng, 3)}", f"EMS-{_d(rng, 4)}"]
        ),
    )

    v["dev_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                f"SN {_u(rng, 3)}{_d(rng, 6)}"[3:],
                f"{_u(rng, 2)}{_d(rng, 8)}",
                f"PJN{_d(rng, 6)}{_u(rng, 1)}",
                f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 3)}",
            ]
        ),
    )
    v["udi"] = (PhiType.DEVICE_ID, f"(01)0{_d(rng, 13)}(17){_d(rng, 6)}(21){_an(rng, 8)}")
    v["poc_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice([f"IG{_d(rng, 7)}", f"{_u(rng, 1)}{_d(rng, 2)}-{_d(rng, 5)}", f"{_d(rng, 10)}"]),
    )

    v["fp_id"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            [
                f"FP-{_d(rng, 10)}",
                f"{_u(rng, 3)}{_d(rng, 9)}",
                f"TCN {_an(rng, 12)}"[4:],
                f"LS{_d(rng, 4)}-{_d(rng, 6)}",
            ]
        ),
    )
    v["ident_fin"] = (PhiType.BIOMETRIC, f"{_d(rng, 10)}")
    v["iris_id"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            [f"IRIS-{_an(rng, 10)}", f"BIMS{_d(rng, 9)}", f"{_an(rng, 4)}-{_an(rng, 4)}-{_an(rng, 4)}"]
        ),
    )
    v["voice_id"] = (
        PhiType.BIOMETRIC,
        rng.choice([f"VP-{_d(rng, 8)}", f"vprint_{_an(rng, 10, string.ascii_lowercase + DIG)}"]),
    )

    v["photo"] = (
        PhiType.PHOTO,
        rng.choice(
            [
                f"IMG_{_d(rng, 4)}.JPG",
                f"photo_{_d(rng, 8)}.jpg",
                f"PH-{_d(rng, 7)}",
                f"face_{_an(rng, 8, string.ascii_lowercase + DIG)}.png",
                f"BK{_d(rng, 6)}_F.jpg",
            ]
        ),
    )
    v["photo2"] = (
        PhiType.PHOTO,
        rng.choice(
            [f"applicant_{_d(rng, 6)}.jpeg", f"pp_datapage_{_d(rng, 5)}.pdf", f"ID-PHOTO-{_d(rng, 6)}"]
        ),
    )

    pp = passport(rng, code)
    v["passport"] = (PhiType.OTHER_ID, pp)
    v["pp_pad"] = (None, "<" * max(0, 9 - len(pp)))
    v["sex"] = (None, rng.choice("MF"))
    v["chk"] = (None, str(rng.randint(0, 9)))
    v["us_passport"] = (PhiType.OTHER_ID, rng.choice([_d(rng, 9), f"A{_d(rng, 8)}"]))
    v["a_number"] = (PhiType.OTHER_ID, a_number(rng))
    v["uscis_receipt"] = (
        PhiType.OTHER_ID,
        f"{rng.choice(['IOE', 'MSC', 'EAC', 'WAC', 'LIN', 'SRC'])}{_d(rng, 10)}",
    )
    v["nvc_case"] = (
        PhiType.OTHER_ID,
        f"{rng.choice(['MEX', 'CDJ', 'MNL', 'LGS', 'ISL', 'AMM', 'HCM', 'PAP', 'NRB'])}{base.year}{_d(rng, 6)}",
    )
    v["visa_foil"] = (PhiType.OTHER_ID, rng.choice([_d(rng, 8), f"{_u(rng, 1)}{_d(rng, 7)}"]))
    v["i94"] = (PhiType.OTHER_ID, f"{_d(rng, 9)}{_u(rng, 1)}{_d(rng, 1)}")
    v["unhcr"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"{_u(rng, 3)}-{_d(rng, 2)}C{_d(rng, 5)}",
                f"{_d(rng, 3)}-{_d(rng, 8)}",
                f"{_u(rng, 3)}-{_d(rng, 5)}",
            ]
        ),
    )
    v["iom_case"] = (
        PhiType.OTHER_ID,
        rng.choice([f"{_u(rng, 2)}{_d(rng, 7)}", f"IOM-{_u(rng, 3)}-{_d(rng, 6)}"]),
    )
    v["hap_id"] = (PhiType.OTHER_ID, f"{_d(rng, 9)}" if rng.random() < 0.5 else f"HAP {_d(rng, 8)}"[4:])
    v["uci"] = (
        PhiType.OTHER_ID,
        rng.choice([f"{_d(rng, 4)}-{_d(rng, 4)}", f"{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 4)}"]),
    )
    v["edipi"] = (PhiType.OTHER_ID, _d(rng, 10))
    v["svc_no"] = (
        PhiType.OTHER_ID,
        rng.choice([f"RA {_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}", f"{_d(rng, 7)}"]),
    )
    v["inmate"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"{_d(rng, 5)}-{_d(rng, 3)}",
                f"#{_d(rng, 6)}"[1:],
                f"TDCJ {_d(rng, 8)}"[5:],
                f"{_u(rng, 1)}{_d(rng, 5)}",
            ]
        ),
    )
    v["fbi_no"] = (PhiType.OTHER_ID, f"{_d(rng, 6)}{_u(rng, 2)}{_d(rng, 1)}")
    v["sid"] = (PhiType.OTHER_ID, f"{_u(rng, 2)}{_d(rng, 8)}")
    v["accession"] = (
        PhiType.OTHER_ID,
        rng.choice([f"S{base.year % 100}-{_d(rng, 5)}", f"{_u(rng, 2)}{_d(rng, 8)}", f"QFT-{_d(rng, 7)}"]),
    )
    v["accession2"] = (PhiType.OTHER_ID, f"{_u(rng, 1)}{_d(rng, 9)}")
    v["assist_case"] = (
        PhiType.OTHER_ID,
        rng.choice([f"AS-{base.year % 100}-{_d(rng, 6)}", f"{_d(rng, 2)}/{_d(rng, 6)}", f"MED{_d(rng, 7)}"]),
    )
    v["gop_ref"] = (PhiType.OTHER_ID, rng.choice([f"GOP-{_d(rng, 6)}", f"LOG{_d(rng, 5)}{_u(rng, 1)}"]))
    v["case_no"] = (
        PhiType.OTHER_ID,
        rng.choice([f"{base.year}-{_d(rng, 5)}", f"RHP-{_d(rng, 6)}", f"CT-{_d(rng, 7)}"]),
    )
    v["unos"] = (PhiType.OTHER_ID, f"{_u(rng, 3)}{_d(rng, 3)}")
    v["din"] = (PhiType.OTHER_ID, f"{rng.choice('WAG')}{_d(rng, 4)} {base.year % 100} {_d(rng, 6)}")
    v["grid"] = (PhiType.OTHER_ID, f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 3)}")
    v["rx_no"] = (PhiType.OTHER_ID, f"Rx{_d(rng, 7)}" if rng.random() < 0.5 else _d(rng, 7))
    v["tribal_id"] = (
        PhiType.OTHER_ID,
        rng.choice([f"{_d(rng, 3)}-{_d(rng, 6)}", f"OST{_d(rng, 5)}", f"CN-{_d(rng, 6)}"]),
    )
    v["consular_ref"] = (
        PhiType.OTHER_ID,
        f"{rng.choice(['MXC', 'FRN', 'LGS', 'KBL'])}-{base.year % 100}-{_d(rng, 4)}",
    )
    v["employee_id"] = (PhiType.OTHER_ID, rng.choice([f"E{_d(rng, 6)}", f"{_u(rng, 2)}-{_d(rng, 5)}"]))
    v["sevis"] = (PhiType.OTHER_ID, f"N00{_d(rng, 8)}")
    v["pa_ref"] = (PhiType.OTHER_ID, f"PRC-{base.year % 100}-{_d(rng, 5)}")
    return v


# --- look-alikes ----------------------------------------------------------------------------------

DRUGS = [
    "isoniazid 300 mg PO daily",
    "rifampin 600 mg daily x 4 mo",
    "ivermectin 200 mcg/kg x1",
    "albendazole 400 mg PO x1",
    "praziquantel 40 mg/kg",
    "artemether-lumefantrine 4 tabs BID",
    "metformin 500 mg BID",
    "amlodipine 5 mg daily",
    "ceftriaxone 1 g IV q24h",
    "ondansetron 4 mg ODT",
    "enoxaparin 40 mg SC daily",
    "insulin glargine 18 units qHS",
    "sertraline 50 mg daily",
    "buprenorphine/naloxone 8/2 mg SL",
    "levothyroxine 75 mcg",
    "apixaban 5 mg BID",
    "scopolamine 1.5 mg patch",
    "meclizine 25 mg q6h PRN",
    "acetaminophen 650 mg q6h PRN",
    "nitroglycerin 0.4 mg SL PRN",
    "pantoprazole 40 mg daily",
    "furosemide 40 mg IV",
    "Augmentin 875 mg BID",
    "Ventolin HFA 2 puffs",
]
VAX = [
    "MMR",
    "Td/Tdap",
    "Varicella",
    "COVID-19 (2024-25)",
    "Influenza",
    "Hep B",
    "Polio (IPV)",
    "Pneumococcal (PCV20)",
    "Hib",
    "Meningococcal ACWY",
]
ICD = [
    "A15.0 pulmonary tuberculosis",
    "R76.11 positive TST",
    "Z11.1 TB screening",
    "B76.9 hookworm",
    "B65.9 schistosomiasis",
    "A53.9 syphilis, unsp.",
    "E11.9 T2DM",
    "I10 essential HTN",
    "Z02.89 admin exam",
    "Z59.02 unsheltered homelessness",
    "T75.3 motion sickness",
    "S72.001A hip fx",
    "B57.2 Chagas' disease (chronic)",
    "A30.9 Hansen's disease",
    "F43.10 PTSD",
    "I21.4 NSTEMI",
    "Z00.00 general adult exam",
    "Z23 immunization encounter",
    "W19.XXXA fall",
]
CPT = [
    "99456",
    "99214",
    "86480 (IGRA)",
    "71046 CXR 2v",
    "86592 RPR",
    "90707 MMR",
    "A0430 fixed-wing",
    "A0436 rotor mileage",
    "A0427 ALS1 emergency",
    "99285",
    "87340 HBsAg",
    "G0008",
    "T1015 clinic visit",
]
LOINC = ["LOINC 71773-6", "LOINC 20570-8", "LOINC 4548-4", "LOINC 2093-3", "LOINC 5196-1", "LOINC 24467-3"]
SNOMED = ["SNOMED 56717001", "SNOMED 44054006", "SNOMED 38341003", "SNOMED 11687002", "SNOMED 195967001"]
NDC = ["NDC 49281-0400-10", "NDC 0006-4999-00", "NDC 58160-0842-11", "NDC 0409-4888-02", "NDC 50090-2872-0"]
DRG = ["DRG 177", "MS-DRG 871", "DRG 470", "MS-DRG 291", "DRG 193"]
REV = ["rev code 0540", "RC 0450", "rev 0636", "RC 0250", "rev code 0300"]
ORGS = [
    "Meridian Global Assist",
    "Polaris Air Medical",
    "Borderlands Refugee Health Program",
    "Seaway Cruise Lines",
    "Gulf Deepwater Services",
    "Indian Health Service",
    "IHSC",
    "Defense Health Agency",
    "Red Crescent Society",
    "Frontier EMS",
    "LifeBridge Transplant Network",
    "Atlas Travel Insurance Co.",
    "TRICARE Overseas Program",
    "VA Foreign Medical Program",
    "International Organization for Migration",
    "Global Tissue Exchange",
    "Lingua Certa Translations",
]
ROLES = [
    "the civil surgeon",
    "the panel physician",
    "the attending",
    "the flight nurse",
    "the ship's doctor",
    "the charge nurse",
    "the medical director",
    "the duty officer",
    "the case manager",
    "the CHR",
    "the on-call intensivist",
    "the HSA",
    "the translator",
    "the medic",
    "the consular officer",
]
COUNTRIES = [
    "Mexico",
    "Kenya",
    "Jordan",
    "Thailand",
    "Germany",
    "Bahamas",
    "Costa Rica",
    "Turkey",
    "India",
    "Colombia",
    "Qatar",
    "Philippines",
    "Poland",
    "Canada",
]
STATES = ["AZ", "Texas", "New Mexico", "CA", "South Dakota", "Alaska", "NC", "Washington", "Michigan"]
EPONYMS = [
    "Hansen's disease",
    "Chagas disease",
    "Graves' disease",
    "Parkinson's disease",
    "Bell's palsy",
    "Crohn's disease",
    "Kaposi sarcoma",
    "Whipple procedure",
    "Addison's disease",
    "Pott's disease",
]
BRANDS = [
    "Inogen One G5",
    "Medtronic Azure",
    "Dexcom G7",
    "ResMed AirSense 11",
    "LifePak 15",
    "Zoll X Series",
    "Omnipod 5",
    "EpiPen 0.3 mg",
    "Hamilton-T1 ventilator",
    "Stryker Power-PRO",
]
LOTS = ["Lot U7412AA", "lot 3F29K", "Lot# EL9262", "lot XJ0481", "Lot 21C07-2", "LOT T43AX9"]
FORMS = [
    "Form I-693 (Ed. 2024)",
    "DS-3025",
    "DS-2054 rev. 2023",
    "DD Form 2796",
    "SF 600",
    "IHS-843 PRC",
    "DD Form 2808",
    "CDC TB Class B1 worksheet",
    "ICE/IHSC Form 811",
    "EU Form S2",
    "IATA MEDIF Part 2",
    "SOP AM-14 v3.2",
    "Policy 7.12.04",
    "USPHS 2-103",
    "Form WCD-118 v6",
]
AIRPORTS = ["MEX", "LHR", "FRA", "DOH", "NBO", "MNL", "CUN", "YYZ", "BKK", "IST", "AMM", "SJO"]


def lookalikes(rng: random.Random) -> dict[str, tuple[None, str]]:
    v: dict[str, str] = {}
    for i in range(1, 5):
        v[f"drug{i}"] = rng.choice(DRUGS)
    v["bp"] = f"{rng.randint(98, 178)}/{rng.randint(56, 104)}"
    v["hr"] = str(rng.randint(52, 128))
    v["rr"] = str(rng.randint(12, 28))
    v["temp"] = rng.choice([f"{rng.uniform(36.1, 39.4):.1f} °C", f"{rng.uniform(97.0, 102.8):.1f} F"])
    v["spo2"] = f"{rng.randint(86, 100)}%"
    v["wt"] = f"{rng.uniform(8, 118):.1f} kg"
    v["ht"] = f"{rng.randint(92, 191)} cm"
    v["bmi"] = f"{rng.uniform(16, 41):.1f}"
    v["gcs"] = str(rng.randint(9, 15))
    v["pain"] = f"{rng.randint(0, 10)}/10"
    v["hgb"] = f"Hgb {rng.uniform(8.1, 16.4):.1f} g/dL (ref 12.0-16.0)"
    v["wbc"] = f"WBC {rng.uniform(3.1, 17.9):.1f} x10^3/uL"
    v["eos"] = f"eosinophils {rng.randint(1, 22)}% (abs {rng.randint(100, 2400)}/uL)"
    v["a1c"] = f"HbA1c {rng.uniform(5.1, 11.8):.1f}%"
    v["cr"] = f"Cr {rng.uniform(0.5, 3.2):.2f} mg/dL"
    v["igra"] = rng.choice(
        [
            "QFT-Plus negative (Nil 0.04, TB1-Nil 0.01 IU/mL)",
            "QFT-Plus POSITIVE (TB2-Nil 1.87 IU/mL)",
            "T-SPOT.TB negative (panel A 2 spots)",
            "IGRA indeterminate (mitogen 0.31)",
        ]
    )
    v["tst"] = f"TST {rng.choice([0, 0, 4, 8, 12, 17])} mm induration at 48-72 h"
    v["cxr"] = rng.choice(
        [
            "CXR: no active disease",
            "CXR: RUL fibrotic scarring, Class B2 follow-up",
            "CXR PA/lat normal",
            "CXR: calcified granuloma L mid zone, no cavity",
        ]
    )
    v["rpr"] = rng.choice(["RPR non-reactive", "RPR reactive 1:8, TP-PA reactive", "syphilis EIA negative"])
    v["tb_class"] = rng.choice(
        ["Class A", "Class B1 TB, pulmonary", "Class B2 LTBI", "No TB class", "Class B3 contact"]
    )
    v["icd1"], v["icd2"], v["icd3"] = rng.sample(ICD, 3)
    v["cpt1"], v["cpt2"] = rng.sample(CPT, 2)
    v["loinc"] = rng.choice(LOINC)
    v["snomed"] = rng.choice(SNOMED)
    v["ndc"] = rng.choice(NDC)
    v["drg"] = rng.choice(DRG)
    v["rev"] = rng.choice(REV)
    v["hcpcs"] = rng.choice(["HCPCS J0696", "HCPCS A0431", "HCPCS E1390 POC", "HCPCS Q4101", "HCPCS J1885"])
    for i in range(1, 5):
        v[f"vax{i}"] = rng.choice(VAX)
        v[f"lot{i}"] = rng.choice(LOTS)[:-2] + _an(rng, 2)
    v["insurer"] = rng.choice(
        [
            "Atlas Travel Insurance Co.",
            "Meridian Global Assist",
            "BlueWave Travel Protect",
            "Globetrotter Mutual",
            "Northstar Assistance",
            "Wayfarer Health Cover",
        ]
    )
    v["ems_org"] = rng.choice(
        [
            "Cruz Roja Mexicana",
            "Frontier EMS",
            "Servicio Médico de Urgencias del Norte",
            "Borderlands EMS",
            "Protección Civil",
        ]
    )
    v["panel_org"] = rng.choice(
        [
            "Migration Health Assessment Centre",
            "Global Visa Medical Centre",
            "Civil Surgeon Associates",
            "Panel Clinic Services",
            "Immigration Health Partners",
        ]
    )
    v["interp_org"] = rng.choice(
        ["LanguageLine", "Lingua Certa Translations", "Voces Interpreting", "Babel Medical Language"]
    )
    v["contractor"] = rng.choice(
        [
            "Gulf Deepwater Services",
            "Tidewater Drilling",
            "North Sea Offshore Crewing",
            "Pelican Well Services",
        ]
    )
    v["manning"] = rng.choice(
        [
            "Pacific Crew Manning Inc.",
            "Bluewater Manning Agency",
            "Seaway Crewing Ltd.",
            "Harborlight Maritime Staffing",
        ]
    )
    v["donor_center"] = rng.choice(
        [
            "LifeBridge Transplant Network",
            "Global Tissue Exchange",
            "National Marrow Registry",
            "Keystone Eye Bank",
        ]
    )
    v["policy_no"] = rng.choice(
        [
            "Policy 7.12.04",
            "SOP AM-14 v3.2",
            "Policy HS-220",
            "Directive 6025.18",
            "Policy PRC-04 rev 9",
            "SOP TX-31",
        ]
    )
    v["brand_poc"] = rng.choice(
        ["Inogen One G5", "Philips SimplyGo Mini", "CAIRE FreeStyle Comfort", "Inogen Rove 6"]
    )
    v["brand_cpap"] = rng.choice(["ResMed AirSense 11", "ResMed AirMini", "Philips DreamStation 2"])
    v["brand_pacer"] = rng.choice(
        ["Medtronic Azure", "Abbott Assurity MRI", "Biotronik Edora 8", "Boston Scientific Accolade"]
    )
    v["brand_pump"] = rng.choice(["Omnipod 5", "Tandem t:slim X2", "Medtronic MiniMed 780G"])
    v["brand_monitor"] = rng.choice(["LifePak 15", "Zoll X Series", "Corpuls3", "Philips HeartStart MRx"])
    v["brand_implant"] = rng.choice(
        ["Zimmer Persona", "Stryker Triathlon", "Nobel Biocare NobelActive", "Straumann BLX"]
    )
    v["brand_hearing"] = rng.choice(["Phonak Audeo", "Oticon More 1", "ReSound Omnia"])
    v["org"] = rng.choice(ORGS)
    v["org2"] = rng.choice(ORGS)
    v["role"] = rng.choice(ROLES)
    v["role2"] = rng.choice(ROLES)
    v["country_x"] = rng.choice(COUNTRIES)
    v["state_x"] = rng.choice(STATES)
    v["eponym"] = rng.choice(EPONYMS)
    v["brand"] = rng.choice(BRANDS)
    v["form"] = rng.choice(FORMS)
    v["form2"] = rng.choice(FORMS)
    v["time1"] = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    v["time2"] = f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    v["timez"] = f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}Z"
    v["year"] = str(rng.randint(1998, 2025))
    v["year2"] = str(rng.randint(2015, 2025))
    v["age_x"] = str(rng.randint(18, 89))
    v["age_k"] = str(rng.randint(2, 17))
    v["room"] = rng.choice(
        [
            f"Room {rng.randint(101, 640)}",
            f"Bed {rng.randint(1, 24)}",
            f"Bay {rng.randint(1, 12)}",
            f"Exam {rng.randint(1, 9)}",
            f"Cell block {rng.choice('ABCDE')}-{rng.randint(1, 40)}",
        ]
    )
    v["cabin"] = f"{rng.randint(2, 14)}{rng.randint(100, 399)}"
    v["money"] = rng.choice(
        [
            f"USD {rng.randint(800, 98000):,}.00",
            f"${rng.randint(120, 48000):,}",
            f"MXN {rng.randint(5000, 400000):,}",
            f"€{rng.randint(300, 30000):,}",
            f"INR {rng.randint(80000, 2400000):,}",
        ]
    )
    v["money2"] = f"${rng.randint(50, 9000):,}.{rng.randint(0, 99):02d}"
    v["pct"] = f"{rng.choice([60, 70, 80, 90, 100])}%"
    v["flight"] = f"{rng.choice(['AA', 'UA', 'AM', 'LH', 'QR', 'TK', 'PR', 'KQ'])} {rng.randint(10, 2999)}"
    v["apt1"], v["apt2"] = rng.sample(AIRPORTS, 2)
    v["alt"] = rng.choice(["FL350", "cabin alt 6,000 ft", "FL410", "cabin alt 8,000 ft", "sea-level cabin"])
    v["dist"] = f"{rng.randint(40, 2400)} nm"
    v["o2"] = f"{rng.choice([1, 2, 3, 4, 6, 10, 15])} L/min"
    v["ver"] = f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}"
    v["page"] = f"{rng.randint(1, 3)} of {rng.randint(3, 6)}"
    v["ext"] = f"ext. {rng.randint(200, 7999)}"
    v["count"] = str(rng.randint(2, 60))
    v["count_small"] = str(rng.randint(1, 7))
    v["deck"] = str(rng.randint(2, 14))
    v["grade"] = rng.choice(["E-4", "O-3", "E-6", "W-2", "E-7", "O-5"])
    v["mos"] = rng.choice(["68W", "11B", "HM", "0311", "4N0X1", "92Y"])
    v["pulhes"] = f"PULHES {rng.choice(['111111', '112111', '311121', '111221'])}"
    v["esi"] = f"ESI {rng.randint(1, 5)}"
    v["gop_amt"] = f"USD {rng.randint(5, 150) * 1000:,}"
    v["hrs"] = f"{rng.randint(2, 72)} h"
    v["cold"] = f"{rng.uniform(2, 8):.1f} °C"
    v["sea_state"] = f"sea state {rng.randint(1, 6)}"
    return {k: (None, s) for k, s in v.items()}
