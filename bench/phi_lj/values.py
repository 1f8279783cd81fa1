"""Invented values for set J (Spanish-language and bilingual care in the US and Puerto Rico).

``identifiers(rng)`` makes one invented identity and its context per note (typed values: gold spans);
``lookalikes(rng)`` makes clinical and administrative filler that is not PHI (untyped values). Only
``rng`` is used, so a seed gives the same notes and another seed different ones.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- names -----------------------------------------------------------------------------------------

FEMALE = (
    "María",
    "Guadalupe",
    "Rosa",
    "Ana",
    "Lucía",
    "Carmen",
    "Dolores",
    "Consuelo",
    "Rosario",
    "Mercedes",
    "Luz",
    "Soledad",
    "Esperanza",
    "Milagros",
    "Yesenia",
    "Xóchitl",
    "Itzel",
    "Nayeli",
    "Marisol",
    "Yaritza",
    "Keishla",
    "Zuleyka",
    "Glorimar",
    "Nilda",
    "Awilda",
    "Iris",
    "Brenda",
    "Jennifer",
    "Ashley",
    "Yolanda",
    "Socorro",
    "Amparo",
    "Pilar",
    "Blanca",
    "Inés",
    "Begoña",
    "Fátima",
    "Siobhan",
    "Ingrid",
    "Chantal",
    "Kenia",
    "Daysi",
    "Wendy",
    "Reina",
    "Dalia",
    "Thi Lan",
    "Mai",
    "Noemí",
    "Maritza",
    "Yamilet",
    "Araceli",
    "Berenice",
    "Rocío",
    "Candelaria",
    "Paz",
    "Fe",
    "Joy",
    "April",
)
FEMALE_COMPOUND = (
    "María José",
    "Ana Sofía",
    "María de los Ángeles",
    "Luz María",
    "María del Carmen",
    "Rosa Elena",
    "María Guadalupe",
    "Ana Lucía",
    "Juana Inés",
)
MALE = (
    "José",
    "Juan",
    "Luis",
    "Jesús",
    "Francisco",
    "Miguel",
    "Ángel",
    "Carlos",
    "Jorge",
    "Héctor",
    "Efraín",
    "Wilfredo",
    "Jaime",
    "Cruz",
    "Rosario",
    "Reynaldo",
    "Edwin",
    "Kevin",
    "Brayan",
    "Yadiel",
    "Jeremy",
    "Nelson",
    "Osvaldo",
    "Santos",
    "Maximino",
    "Bernabé",
    "Tomás",
    "Noé",
    "Abdiel",
    "Ismael",
    "Omar",
    "Hiroshi",
    "Pierre",
    "Dmitri",
    "Kwame",
    "Seán",
    "Ignacio",
    "Enrique",
    "Guadalupe",
    "Refugio",
    "Eusebio",
    "Teodoro",
    "Wilmer",
    "Elmer",
    "Darwin",
    "Jonathan",
    "Duc",
    "Faustino",
    "Mateo",
    "Angel",
    "Bill",
    "Rocky",
    "Sunny",
    "Dale",
)
MALE_COMPOUND = (
    "José Luis",
    "Juan Carlos",
    "José de Jesús",
    "Luis Ángel",
    "Juan Pablo",
    "Miguel Ángel",
    "José Manuel",
    "Jean Carlos",
)
NICK = {
    "José": "Pepe",
    "Jesús": "Chuy",
    "Francisco": "Paco",
    "Guadalupe": "Lupita",
    "Rosario": "Chayo",
    "Dolores": "Lola",
    "Consuelo": "Chelo",
    "Ignacio": "Nacho",
    "Enrique": "Kike",
    "María": "Mari",
    "Socorro": "Coco",
    "Refugio": "Cuco",
    "Mercedes": "Meche",
    "José Luis": "Joselo",
    "María de los Ángeles": "Marielos",
    "Juan Carlos": "Juanca",
    "Soledad": "Chole",
}
SURNAMES = (
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Rodríguez",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vázquez",
    "Reyes",
    "Jiménez",
    "Torres",
    "Díaz",
    "Rivera",
    "Ortiz",
    "Ruiz",
    "Castillo",
    "Mendoza",
    "Aguilar",
    "Chávez",
    "Santiago",
    "Colón",
    "Quiñones",
    "Figueroa",
    "Maldonado",
    "Negrón",
    "Acevedo",
    "Betancourt",
    "Echeverría",
    "Ibáñez",
    "Núñez",
    "Peña",
    "Muñoz",
    "Zúñiga",
    "de la Cruz",
    "de la Rosa",
    "del Valle",
    "del Toro",
    "de León",
    "San Martín",
    "Villalobos",
    "Montes de Oca",
    "Ponce de León",
    "Espinosa de los Monteros",
    "Handal",
    "Abusaid",
    "Kattán",
    "Nakamura",
    "Chang",
    "Wong",
    "Nguyen",
    "O'Neill",
    "O'Farrill",
    "van der Berg",
    "Van Houten",
    "Dubois",
    "Schmidt",
    "Rossi",
    "McCarthy",
    "Smith",
    "Brown",
    "Price",
    "Winter",
    "Rivers",
    "Hill",
    "Guerrero",
    "Campos",
    "Ríos",
    "Montaña",
    "Salinas",
    "Laredo",
    "Toledo",
    "Cortés",
    "Marín",
    "Mora",
    "Luna",
    "Sol",
    "Paz",
    "Santos",
    "Medina",
    "Sántiz",
    "Tzul",
    "Xiloj",
    "Coc",
    "Pop",
    "Canul",
    "Chan",
    "Pech",
    "Cancel",
    "Irizarry",
    "Pagán",
    "Rosado",
    "Feliciano",
    "Caraballo",
    "Lugo",
    "Amador",
    "Bonilla",
    "Carrasquillo",
    "Fajardo",
    "Orozco",
    "Bautista",
    "Velásquez",
    "Alvarado",
    "Argueta",
    "Ayala",
    "Cienfuegos",
    "Benítez",
    "Espinal",
    "Portillo",
    "Escobar",
    "Lemus",
    "Ulloa",
    "Yáñez",
)

ACCENTS = str.maketrans("áéíóúÁÉÍÓÚñÑüÜ", "aeiouAEIOUnNuU")


def plain(s: str) -> str:
    return s.translate(ACCENTS)


def person(rng: random.Random, sex: str | None = None) -> dict[str, str]:
    sex = sex or rng.choice("FM")
    if sex == "F":
        first = rng.choice(FEMALE_COMPOUND) if rng.random() < 0.22 else rng.choice(FEMALE)
    else:
        first = rng.choice(MALE_COMPOUND) if rng.random() < 0.22 else rng.choice(MALE)
    l1, l2 = rng.sample(SURNAMES, 2)
    if rng.random() < 0.08:
        l1 = f"{l1}-{rng.choice(SURNAMES)}"
    r = rng.random()
    lasts = f"{l1} {l2}" if r < 0.6 else (f"{l1} y {l2}" if r < 0.66 else (f"{l1}-{l2}" if r < 0.74 else l1))
    given = first.split()
    mid = given[1] if len(given) > 1 and given[1] not in ("de", "del") else rng.choice("ABCDEFGJLMNRST")
    return {
        "sex": sex,
        "first": first,
        "first1": given[0],
        "last1": l1,
        "lasts": lasts,
        "full": f"{first} {lasts}",
        "inv": f"{lasts}, {first}",
        "inv_init": f"{lasts}, {given[0]} {mid[0]}.",
        "caps": plain(f"{first} {lasts}").upper(),
        "caps_inv": plain(f"{lasts}, {first}").upper(),
        "lasts_caps": plain(lasts).upper(),
        "first_caps": plain(given[0]).upper(),
        "mid_caps": plain(mid).upper() if len(mid) > 1 else mid,
        "short": f"{given[0][0]}. {l1}",
        "nick": NICK.get(first, NICK.get(given[0], given[0])),
    }


# --- dates -----------------------------------------------------------------------------------------

MES = (
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
)
MES3 = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
MONTH = (
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


def fmt_date(rng: random.Random, d: dt.date, style: str | None = None) -> str:
    style = style or rng.choice(
        (
            "es",
            "es",
            "dmy",
            "dmy",
            "mdy",
            "mdy",
            "dmy2",
            "mdy2",
            "iso",
            "mon3",
            "es_abbr",
            "en",
            "dot",
            "slashmon",
            "es_md",
        )
    )
    m = d.month - 1
    return {
        "es": f"{d.day} de {MES[m]} de {d.year}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "dmy2": f"{d.day}/{d.month}/{d.year % 100:02d}",
        "mdy2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "mon3": f"{d.day:02d}-{MES3[m]}-{d.year}",
        "es_abbr": f"{d.day} {MES[m][:3]}. {d.year}",
        "en": f"{MONTH[m]} {d.day}, {d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "slashmon": f"{d.day:02d}/{MES[m][:3]}/{d.year}",
        "es_md": f"{MES[m]} {d.day}, {d.year}",
        "es_noyear": f"{d.day} de {MES[m]}",
        "dm": f"{d.day}/{d.month}",
        "en_noyear": f"{MONTH[m][:3]} {d.day}",
    }[style]


def rand_date(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 31).toordinal()))


# --- places ----------------------------------------------------------------------------------------

US_CITIES = (
    ("McAllen", "TX", "785", "Hidalgo County"),
    ("Brownsville", "TX", "785", "Cameron County"),
    ("Laredo", "TX", "780", "Webb County"),
    ("El Paso", "TX", "799", "El Paso County"),
    ("Eagle Pass", "TX", "788", "Maverick County"),
    ("Pharr", "TX", "785", "Hidalgo County"),
    ("Salinas", "CA", "939", "Monterey County"),
    ("Watsonville", "CA", "950", "Santa Cruz County"),
    ("Oxnard", "CA", "930", "Ventura County"),
    ("Delano", "CA", "932", "Kern County"),
    ("Calexico", "CA", "922", "Imperial County"),
    ("Coachella", "CA", "922", "Riverside County"),
    ("Yuma", "AZ", "853", "Yuma County"),
    ("Nogales", "AZ", "856", "Santa Cruz County"),
    ("Immokalee", "FL", "341", "Collier County"),
    ("Homestead", "FL", "330", "Miami-Dade County"),
    ("Yakima", "WA", "989", "Yakima County"),
    ("Wenatchee", "WA", "988", "Chelan County"),
    ("Dunn", "NC", "283", "Harnett County"),
    ("Dalton", "GA", "307", "Whitfield County"),
    ("Hazleton", "PA", "182", "Luzerne County"),
    ("Lawrence", "MA", "018", "Essex County"),
    ("Passaic", "NJ", "070", "Passaic County"),
    ("Woodburn", "OR", "970", "Marion County"),
    ("Hatch", "NM", "879", "Doña Ana County"),
    ("Santa Maria", "CA", "934", "Santa Barbara County"),
)
US_AREA = {
    "TX": ("956", "915", "210", "830"),
    "CA": ("831", "805", "661", "760"),
    "AZ": ("928", "520"),
    "FL": ("239", "305", "786"),
    "WA": ("509",),
    "NC": ("910", "919"),
    "GA": ("706",),
    "PA": ("570",),
    "MA": ("978", "617"),
    "NJ": ("973",),
    "OR": ("503", "971"),
    "NM": ("575",),
}
PR_TOWNS = (
    ("Bayamón", ("00956", "00957", "00959", "00961")),
    ("Caguas", ("00725", "00727")),
    ("Mayagüez", ("00680", "00682")),
    ("Ponce", ("00716", "00717", "00728", "00730", "00731")),
    ("Carolina", ("00979", "00983", "00985", "00987")),
    ("Arecibo", ("00612",)),
    ("Humacao", ("00791",)),
    ("Guaynabo", ("00965", "00966", "00969", "00971")),
    ("Toa Baja", ("00949",)),
    ("Aguadilla", ("00603",)),
    ("Cayey", ("00736",)),
    ("Yauco", ("00698",)),
    ("Vega Baja", ("00693",)),
    ("Loíza", ("00772",)),
    ("San Juan", ("00907", "00909", "00917", "00923", "00926")),
    ("Trujillo Alto", ("00976",)),
    ("Utuado", ("00641",)),
    ("Jayuya", ("00664",)),
    ("Isabela", ("00662",)),
    ("Fajardo", ("00738",)),
)
PR_STREETS = (
    "Calle Betances",
    "Calle Luna",
    "Calle Sol",
    "Calle Degetau",
    "Calle Muñoz Rivera",
    "Ave. Ponce de León",
    "Calle Tapia",
    "Calle Marginal",
    "Ave. Hostos",
    "Calle Dolores",
    "Calle Rosario",
    "Calle Las Mercedes",
    "Calle Consuelo",
    "Calle Robles",
    "Calle Acerina",
    "Ave. Las Américas",
    "Calle Esmeralda",
    "Paseo Las Palmas",
    "Calle San Agustín",
)
URBS = (
    "Urb. Villa Fontana",
    "Urb. Las Lomas",
    "Urb. Santa Rosa",
    "Urb. Jardines de Caparra",
    "Urb. Villa Carolina",
    "Urb. Bairoa Park",
    "Urb. Levittown",
    "Urb. Alturas de Flamboyán",
    "Urb. Country Club",
    "Urb. Glenview Gardens",
    "Urb. Monte Brisas",
    "Urb. El Señorial",
    "Urbanización Los Dominicos",
    "Urb. Valle Arriba Heights",
    "Reparto Metropolitano",
)
BARRIOS = (
    "Bo. Quebrada Arenas",
    "Bo. Candelaria",
    "Bo. Sabana Seca",
    "Bo. Pájaros",
    "Bo. Cubuy",
    "Bo. Mameyes",
    "Barrio Cacao",
    "Bo. Tortugo",
    "Bo. Guaraguao",
    "Sector La Pitahaya",
    "Bo. Piñas",
    "Barrio Obrero",
)
US_STREETS = (
    "S. Cesar Chavez Blvd",
    "W. Nolana Ave",
    "E. Alisal St",
    "N. Main Street",
    "Calle Cuarta",
    "Farm Rd 1015",
    "Old Military Hwy",
    "Market St",
    "Del Monte Ave",
    "Lincoln Ave",
    "Rosario Ln",
    "Mercedes St",
    "Dolores Dr",
    "Camino Real",
    "Avenida Las Palmas",
    "County Rd 21",
    "Agua Fria Rd",
    "Mission Blvd",
    "Esperanza Ct",
    "N. 10th Ave",
)
MX_CITIES = (
    ("Oaxaca de Juárez", "Oaxaca", "68", "951", "OC"),
    ("Santa Cruz Xoxocotlán", "Oaxaca", "71", "951", "OC"),
    ("Guadalajara", "Jalisco", "44", "33", "JC"),
    ("Zapopan", "Jalisco", "45", "33", "JC"),
    ("Morelia", "Michoacán", "58", "443", "MN"),
    ("Uruapan", "Michoacán", "60", "452", "MN"),
    ("Irapuato", "Guanajuato", "36", "462", "GT"),
    ("Celaya", "Guanajuato", "38", "461", "GT"),
    ("León", "Guanajuato", "37", "477", "GT"),
    ("Puebla", "Puebla", "72", "222", "PL"),
    ("Tijuana", "Baja California", "22", "664", "BC"),
    ("Ciudad Juárez", "Chihuahua", "32", "656", "CH"),
    ("Matamoros", "Tamaulipas", "87", "868", "TS"),
    ("Reynosa", "Tamaulipas", "88", "899", "TS"),
    ("Nuevo Laredo", "Tamaulipas", "88", "867", "TS"),
    ("Mexicali", "Baja California", "21", "686", "BC"),
    ("Tlapa de Comonfort", "Guerrero", "41", "757", "GR"),
    ("Zacatecas", "Zacatecas", "98", "492", "ZS"),
    ("Acapulco de Juárez", "Guerrero", "39", "744", "GR"),
    ("San Cristóbal de las Casas", "Chiapas", "29", "967", "CS"),
)
MX_STREETS = (
    "Calle Morelos",
    "Av. Benito Juárez",
    "Privada de Hidalgo",
    "Calle 5 de Mayo",
    "Av. Revolución",
    "Calle Allende",
    "Calle Guerrero",
    "Andador Los Pinos",
    "Calle Niños Héroes",
    "Av. Insurgentes",
    "Calle Aldama",
    "Callejón del Carmen",
    "Calle Dolores",
    "Calle Rosario",
)
COLONIAS = (
    "Col. Reforma",
    "Col. Centro",
    "Col. Independencia",
    "Col. Santa María",
    "Col. Las Flores",
    "Col. Emiliano Zapata",
    "Col. Jardines del Valle",
    "Fracc. Las Américas",
    "Col. Obrera",
    "Col. Guadalupe Victoria",
    "Barrio de Jalatlaco",
    "Col. del Maestro",
    "Infonavit El Rosario",
)
CA_PLACES = (
    ("San Salvador", "El Salvador", "503"),
    ("Santa Ana", "El Salvador", "503"),
    ("San Miguel", "El Salvador", "503"),
    ("Usulután", "El Salvador", "503"),
    ("Chalatenango", "El Salvador", "503"),
    ("Quetzaltenango", "Guatemala", "502"),
    ("Huehuetenango", "Guatemala", "502"),
    ("Totonicapán", "Guatemala", "502"),
    ("Cobán", "Guatemala", "502"),
    ("San Marcos", "Guatemala", "502"),
    ("Tegucigalpa", "Honduras", "504"),
    ("San Pedro Sula", "Honduras", "504"),
    ("La Ceiba", "Honduras", "504"),
    ("Choluteca", "Honduras", "504"),
    ("Santiago de los Caballeros", "República Dominicana", "809"),
    ("San Francisco de Macorís", "República Dominicana", "829"),
)
CA_ADDR_BY = {
    "Guatemala": (
        "4a Calle 7-32 Zona 1",
        "Aldea Chiquival",
        "8a Avenida 12-45 Zona 3",
        "Cantón Xecaracoj, Sector 2",
        "2a Calle 3-18 Zona 4",
        "Aldea El Rosario, casa 14",
    ),
    "El Salvador": (
        "Pasaje 3 Casa #14",
        "Cantón El Rosario",
        "Col. Escalón, Calle Arce 1120",
        "Caserío Los Mangos",
        "Residencial Las Mercedes, Senda 4 #22",
        "Lotificación San José, Polígono B lote 9",
    ),
    "Honduras": (
        "Barrio Guamilito, 3a Ave. 5 Calle N.O.",
        "Colonia Kennedy, Bloque 14 casa 2105",
        "Aldea Los Dolores",
        "Barrio El Centro, 2a Calle",
        "Col. Rivera Hernández, sector 3",
    ),
    "República Dominicana": (
        "C/ Duarte #45",
        "C/ Sánchez 112, Ens. Ozama",
        "Av. Estrella Sadhalá 77",
        "C/ Mercedes #9, Los Pepines",
        "Res. Las Palmas, Manzana 4 #12",
    ),
}
CA_ADDR = (
    "4a Calle 7-32 Zona 1",
    "Pasaje 3 Casa #14",
    "Cantón El Rosario",
    "Caserío Los Mangos",
    "Aldea Chiquival",
    "Barrio Guamilito, 3a Ave. 5 Calle N.O.",
    "C/ Duarte #45",
    "Col. Escalón, Calle Arce 1120",
    "Residencial Las Mercedes, Senda 4 #22",
    "Lotificación San José, Polígono B lote 9",
    "8a Avenida 12-45 Zona 3",
    "Colonia Kennedy, Bloque 14 casa 2105",
)
FACILITY_PREFIX = (
    "Hospital Regional de",
    "Centro de Diagnóstico y Tratamiento de",
    "Clínica del Valle de",
    "Centro de Salud Comunitario de",
    "Hospital Menonita de",
    "Hospital Nacional de",
    "Hospital General de",
    "Centro de Salud Rural de",
    "Hospital de Distrito de",
)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(rng: random.Random, n: int, pool: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


# --- phones / internet ------------------------------------------------------------------------------


def us_phone(rng: random.Random, area: str) -> str:
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area}555{line}",
            f"({area})555-{line}",
            f"{area} 555 {line}",
        )
    )


def mx_phone(rng: random.Random, lada: str) -> str:
    rest = 10 - len(lada)
    num = "555" + digits(rng, rest - 3)
    if len(lada) == 2:
        return rng.choice(
            (f"+52 {lada} {num[:4]} {num[4:]}", f"({lada}) {num[:4]}-{num[4:]}", f"{lada} {num}")
        )
    return rng.choice(
        (
            f"+52 {lada} {num[:3]} {num[3:]}",
            f"({lada}) {num[:3]}-{num[3:]}",
            f"{lada} {num}",
            f"+52 1 {lada} {num}",
            f"01 {lada} {num[:3]} {num[3:]}",
        )
    )


def ca_phone(rng: random.Random, cc: str) -> str:
    if cc in ("809", "829"):
        return rng.choice(
            (
                f"({cc}) 555-01{digits(rng, 2)}",
                f"{cc}-555-01{digits(rng, 2)}",
                f"+1 {cc} 555 01{digits(rng, 2)}",
            )
        )
    first = rng.choice("2679")
    return rng.choice(
        (
            f"+{cc} {first}555-{digits(rng, 4)}",
            f"({cc}) {first}555 {digits(rng, 4)}",
            f"{first}555-{digits(rng, 4)}",
            f"+{cc}{first}555{digits(rng, 4)}",
        )
    )


DOMAINS = ("example.com", "example.org", "correo.test", "mail.test", "example.com", "salud.test")


def email_for(rng: random.Random, p: dict[str, str]) -> str:
    f = plain(p["first1"]).lower().replace("'", "")
    last = plain(p["last1"]).lower().replace(" ", "").replace("'", "").replace("-", "")
    user = rng.choice(
        (
            f"{f}.{last}",
            f"{f}{last}{rng.randint(1, 99)}",
            f"{f[0]}{last}",
            f"{last}.{f}{rng.randint(70, 99)}",
            f"{f}_{last}",
            f"{p['nick'].lower()}{rng.randint(1, 999)}",
        )
    )
    return f"{plain(user)}@{rng.choice(DOMAINS)}"


def ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        return f"2001:db8:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}"
    a = rng.choice(
        (
            "10.{}.{}.{}",
            "192.168.{}.{}",
            "172.16.{}.{}",
            "203.0.113.{}",
            "198.51.100.{}",
            "192.0.2.{}",
            "100.64.{}.{}",
        )
    )
    return a.format(*(rng.randint(1, 254) for _ in range(a.count("{}"))))


# --- ids ----------------------------------------------------------------------------------------------

VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    v = [rng.choice(("1", "2", "3", "5", "J", "K", "W"))] + [rng.choice(VIN_CHARS) for _ in range(16)]
    v[9] = rng.choice("KLMNPRS")
    check = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W, strict=True)) % 11
    v[8] = "X" if check == 10 else str(check)
    return "".join(v)


def plate(rng: random.Random, where: str) -> str:
    if where == "MX":
        return rng.choice(
            (
                f"{letters(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
                f"{letters(rng, 3)}-{digits(rng, 3)}-{letters(rng, 1)}",
                f"{letters(rng, 2)}-{digits(rng, 4)}",
                f"{letters(rng, 3)} {digits(rng, 4)}",
            )
        )
    if where == "PR":
        return rng.choice(
            (
                f"{letters(rng, 3)}-{digits(rng, 3)}",
                f"{letters(rng, 3)} {digits(rng, 3)}",
                f"{letters(rng, 3)}{digits(rng, 3)}",
            )
        )
    return rng.choice(
        (
            f"{letters(rng, 3)}-{digits(rng, 4)}",
            f"{digits(rng, 1)}{letters(rng, 3)}{digits(rng, 3)}",
            f"{letters(rng, 3)} {digits(rng, 4)}",
            f"{letters(rng, 2)}{digits(rng, 1)} {letters(rng, 1)}{digits(rng, 1)}{letters(rng, 1)}{digits(rng, 1)}",
            f"{letters(rng, 1)}{digits(rng, 2)}-{letters(rng, 3)}",
        )
    )


MX_CONS = "BCDFGHJKLMNPQRSTVWXYZ"


def curp(rng: random.Random, p: dict[str, str], dob: dt.date, state: str) -> str:
    l1 = plain(p["last1"]).upper().replace(" ", "").replace("'", "").replace("-", "")
    l1 = l1[2:] if l1.startswith("DE") and len(l1) > 4 else l1
    vowel = next((c for c in l1[1:] if c in "AEIOU"), "X")
    l2 = plain(p["lasts"].replace(p["last1"], "").strip(" -y")).upper() or "X"
    f = plain(p["first1"]).upper()
    head = f"{l1[0]}{vowel}{l2[0]}{f[0]}"
    sex = "H" if p["sex"] == "M" else "M"
    cons = "".join(next((c for c in s[1:] if c in MX_CONS), "X") for s in (l1, l2, f))
    return f"{head}{dob:%y%m%d}{sex}{state}{cons}{rng.choice('0123456789A')}{digits(rng, 1)}"


def dea(rng: random.Random, last: str) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = plain(last).replace("de la ", "").replace("del ", "").replace("van der ", "")[0].upper()
    return f"{rng.choice('ABFM')}{initial}{''.join(map(str, d))}{check}"


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + digits(rng, 8)
    return body + luhn_digit("80840" + body)


def ssn(rng: random.Random) -> str:
    a = rng.randint(1, 665) if rng.random() < 0.5 else rng.randint(667, 899)
    b, c = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        (
            f"{a:03d}-{b:02d}-{c:04d}",
            f"{a:03d} {b:02d} {c:04d}",
            f"{a:03d}{b:02d}{c:04d}",
            f"{a:03d}-{b:02d}-{c:04d}",
        )
    )


def itin(rng: random.Random) -> str:
    mid = rng.choice([*range(70, 89), 90, 91, 92, 94, 95, 96, 97, 98, 99])
    return rng.choice(
        (f"9{digits(rng, 2)}-{mid}-{digits(rng, 4)}", f"9{digits(rng, 2)} {mid} {digits(rng, 4)}")
    )


def mbi(rng: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + string.digits
    s = (
        rng.choice("123456789")
        + rng.choice(al)
        + rng.choice(an)
        + digits(rng, 1)
        + rng.choice(al)
        + rng.choice(an)
        + digits(rng, 1)
        + rng.choice(al)
        + rng.choice(al)
        + digits(rng, 2)
    )
    return rng.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


# --- identity per note -------------------------------------------------------------------------------


def identifiers(rng: random.Random) -> dict[str, Value]:
    N, L, D = PhiType.NAME, PhiType.LOCATION, PhiType.DATE
    v: dict[str, Value] = {}
    pt = person(rng)
    for k in (
        "first",
        "first1",
        "lasts",
        "last1",
        "full",
        "inv",
        "inv_init",
        "caps",
        "caps_inv",
        "lasts_caps",
        "first_caps",
        "mid_caps",
        "short",
        "nick",
    ):
        v[f"pt_{k}"] = (N, pt[k])
    pf = person(rng, "F")
    pf_dob = rand_date(rng, 1984, 2006)
    for k in ("full", "inv_init", "lasts_caps", "first_caps", "first1", "last1"):
        v[f"pf_{k}"] = (N, pf[k])
    v["pf_dob"] = (D, fmt_date(rng, pf_dob))
    v["pf_dob_mdy"] = (D, fmt_date(rng, pf_dob, rng.choice(("mdy", "mdy2", "en"))))
    v["pf_dob_iso"] = (D, fmt_date(rng, pf_dob, "iso"))
    v["pf_edad"] = (None, str(2024 - pf_dob.year))
    v["pf_curp"] = (PhiType.OTHER_ID, curp(rng, pf, pf_dob, "OC"))
    v["pt_ocr"] = (N, pt["caps"].replace("O", "0", 1).replace("I", "1", 1).replace("S", "5", 1))
    v["sexo"] = (
        None,
        rng.choice(("F", "Femenino", "Mujer"))
        if pt["sex"] == "F"
        else rng.choice(("M", "Masculino", "Hombre")),
    )
    v["sexo_hm"] = (None, "M" if pt["sex"] == "F" else "H")
    roles = (
        "madre",
        "padre",
        "pareja",
        "hijo",
        "hija",
        "abuela",
        "contacto",
        "dr",
        "dr2",
        "enf",
        "interp",
        "promotora",
        "ts",
        "testigo",
        "notario",
        "consul",
        "recep",
        "farm",
        "jefe",
        "maestra",
        "chofer",
        "informante",
        "bebe",
        "interp2",
        "pt2",
        "tio",
        "funerario",
    )
    people = {}
    for r in roles:
        sex = {"madre": "F", "padre": "M", "hija": "F", "hijo": "M", "abuela": "F", "promotora": "F"}.get(r)
        p = person(rng, sex)
        people[r] = p
        v[r] = (N, p["full"])
        v[f"{r}_last"] = (N, p["last1"])
        v[f"{r}_first"] = (N, p["first"])
        v[f"{r}_inv"] = (N, p["inv_init"])
        v[f"{r}_caps"] = (N, p["caps"])
        v[f"{r}_short"] = (N, p["short"])
    # newborn takes the parents' surnames
    bebe_first = rng.choice(FEMALE + MALE)
    v["bebe"] = (N, f"{bebe_first} {people['padre']['last1']} {people['madre']['last1']}")
    v["bebe_first"] = (N, bebe_first)
    v["bebe_rn"] = (N, plain(people["madre"]["last1"]).upper())

    # dates
    dob = rand_date(rng, 1937, 2006)
    dob_child = rand_date(rng, 2012, 2023)
    visit = rand_date(rng, 2022, 2025)
    for k, d in (("dob", dob), ("dob_nino", dob_child), ("fecha", visit)):
        v[k] = (D, fmt_date(rng, d))
        v[f"{k}_es"] = (D, fmt_date(rng, d, "es"))
        v[f"{k}_dmy"] = (D, fmt_date(rng, d, rng.choice(("dmy", "dmy2", "dot", "slashmon"))))
        v[f"{k}_mdy"] = (D, fmt_date(rng, d, rng.choice(("mdy", "mdy2", "en"))))
        v[f"{k}_iso"] = (D, fmt_date(rng, d, "iso"))
        v[f"{k}_caps"] = (D, fmt_date(rng, d, "mon3"))
    v["dob_hl7"] = (D, f"{dob:%Y%m%d}")
    dob_a = rand_date(rng, 1962, 2004)
    v["dob_a"] = (D, fmt_date(rng, dob_a))
    v["dob_a_hl7"] = (D, f"{dob_a:%Y%m%d}")
    v["dob_a2"] = (D, fmt_date(rng, rand_date(rng, 1962, 2004), rng.choice(("dmy2", "mdy2", "es_md", "es"))))
    v["dob_kid2"] = (D, fmt_date(rng, rand_date(rng, 2007, 2023)))
    v["fecha_hl7"] = (D, f"{visit:%Y%m%d}{rng.randint(6, 22):02d}{rng.randint(0, 59):02d}")
    v["fecha_hora"] = (
        D,
        f"{fmt_date(rng, visit, rng.choice(('dmy', 'mdy', 'iso')))} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
    )
    for i in range(2, 8):
        d = visit + dt.timedelta(days=rng.randint(-400, 200))
        v[f"f{i}"] = (D, fmt_date(rng, d))
    v["f_corta"] = (
        D,
        fmt_date(
            rng, visit + dt.timedelta(days=rng.randint(7, 90)), rng.choice(("es_noyear", "dm", "en_noyear"))
        ),
    )
    v["f_corta2"] = (
        D,
        fmt_date(rng, visit - dt.timedelta(days=rng.randint(2, 60)), rng.choice(("es_noyear", "dm"))),
    )
    fur = visit - dt.timedelta(days=rng.randint(60, 260))
    v["fur"] = (D, fmt_date(rng, fur))
    v["fpp"] = (D, fmt_date(rng, fur + dt.timedelta(days=280)))
    v["dob_yy"] = (None, f"{dob.year}")
    months = (visit.year - dob_child.year) * 12 + visit.month - dob_child.month - (visit.day < dob_child.day)
    v["edad_nino_calc"] = (None, f"{months} meses" if months < 24 else f"{months // 12} años")
    v["edad_calc"] = (None, str(visit.year - dob.year - ((visit.month, visit.day) < (dob.month, dob.day))))

    # ages over 89
    a90 = rng.randint(90, 104)
    words = {
        90: "noventa",
        91: "noventa y un",
        92: "noventa y dos",
        93: "noventa y tres",
        94: "noventa y cuatro",
        95: "noventa y cinco",
        96: "noventa y seis",
        97: "noventa y siete",
        98: "noventa y ocho",
        99: "noventa y nueve",
        100: "cien",
        101: "ciento un",
        102: "ciento dos",
        103: "ciento tres",
        104: "ciento cuatro",
    }
    v["edad90"] = (PhiType.AGE, str(a90))
    v["edad90_w"] = (PhiType.AGE, words[a90])
    old = dt.date(visit.year - a90 - 1, 1, 1) + dt.timedelta(
        days=(visit - dt.date(visit.year, 1, 1)).days + rng.randint(1, 360)
    )
    old = (
        old
        if (visit.year - old.year - ((visit.month, visit.day) < (old.month, old.day))) == a90
        else dt.date(visit.year - a90, 1, 1)
    )
    v["dob_old"] = (D, fmt_date(rng, old))
    v["dob_old_es"] = (D, fmt_date(rng, old, "es"))
    v["dob_old_dmy"] = (D, fmt_date(rng, old, rng.choice(("dmy", "dot", "slashmon"))))
    v["dob_old_mdy"] = (D, fmt_date(rng, old, rng.choice(("mdy", "en"))))
    v["edad90b"] = (PhiType.AGE, str(rng.randint(90, 101)))

    # places
    city, st, zp, county = rng.choice(US_CITIES)
    v["us_city"] = (L, city)
    v["us_city_caps"] = (L, city.upper())
    v["us_st"] = (None, st)
    v["us_county"] = (L, county)
    v["us_zip"] = (L, zp + digits(rng, 2) if rng.random() < 0.8 else f"{zp}{digits(rng, 2)}-{digits(rng, 4)}")
    v["us_addr"] = (L, f"{rng.randint(100, 9899)} {rng.choice(US_STREETS)}")
    v["us_apt"] = (
        L,
        rng.choice(("Apt ", "Apt. ", "Unit ", "#", "Trailer ", "Lot ", "Space "))
        + rng.choice((str(rng.randint(1, 240)), f"{rng.randint(1, 9)}{rng.choice('ABCD')}")),
    )
    area = rng.choice(US_AREA[st])
    town, zips = rng.choice(PR_TOWNS)
    v["pr_town"] = (L, town)
    v["pr_town_caps"] = (L, plain(town).upper())
    v["pr_zip"] = (L, rng.choice(zips) if rng.random() < 0.8 else f"{rng.choice(zips)}-{digits(rng, 4)}")
    v["pr_urb"] = (L, rng.choice(URBS))
    v["pr_calle"] = (
        L,
        rng.choice(
            (
                f"{rng.choice(PR_STREETS)} {rng.randint(1, 1999)}",
                f"Calle {rng.randint(1, 60)} {rng.choice(('Bloque', 'Blq.', 'Bl.'))} {rng.randint(1, 90)} #{rng.randint(1, 40)}",
                f"{rng.choice(('Calle', 'C/'))} {rng.randint(1, 30)} {rng.choice('ABCDEFGHJK')}-{rng.randint(1, 40)}",
                f"{rng.choice(PR_STREETS)} #{rng.randint(1, 800)}",
            )
        ),
    )
    v["pr_barrio"] = (L, rng.choice(BARRIOS))
    v["pr_carr"] = (
        L,
        f"{rng.choice(('Carr.', 'Carretera', 'Carr', 'PR-'))} {rng.randint(1, 999)} {rng.choice(('km', 'Km.', 'Km', 'KM'))} {rng.randint(0, 40)}.{rng.randint(0, 9)}".replace(
            "PR- ", "PR-"
        ),
    )
    v["pr_hc"] = (
        L,
        rng.choice(
            (
                f"HC {rng.randint(1, 9):02d} Box {rng.randint(1000, 99999)}",
                f"PO Box {rng.randint(100, 9999)}",
                f"Apartado {rng.randint(100, 9999)}",
                f"RR {rng.randint(1, 12)} Buzón {rng.randint(1000, 29999)}",
            )
        ),
    )
    v["pr_apt"] = (
        L,
        rng.choice(
            (
                f"Apt. {rng.randint(1, 20)}{rng.choice('ABCDEF')}",
                f"Apto. {rng.randint(101, 1904)}",
                f"Cond. {rng.choice(('Torres del Parque', 'Los Naranjales', 'Parque Centro', 'Jardines de San Ignacio'))} Apt. {rng.randint(101, 1904)}",
            )
        ),
    )
    mx_city, mx_state, cp2, lada, mx_code = rng.choice(MX_CITIES)
    v["mx_city"] = (L, mx_city)
    v["mx_state"] = (None, mx_state)
    v["mx_calle"] = (
        L,
        rng.choice(
            (
                f"{rng.choice(MX_STREETS)} {rng.randint(1, 999)}",
                f"{rng.choice(MX_STREETS)} No. {rng.randint(1, 2500)}",
                f"{rng.choice(MX_STREETS)} #{rng.randint(1, 300)} int. {rng.randint(1, 12)}",
                f"{rng.choice(MX_STREETS)} {rng.randint(1, 400)}-{rng.choice('ABC')}",
            )
        ),
    )
    v["mx_col"] = (L, rng.choice(COLONIAS))
    v["mx_cp"] = (L, f"{cp2}{digits(rng, 3)}")
    ca_city, country, cc = rng.choice(CA_PLACES)
    v["ca_city"] = (L, ca_city)
    v["ca_country"] = (None, country)
    v["ca_addr"] = (L, rng.choice(CA_ADDR_BY[country]))
    dr_p = people["dr"]
    v["dr_tit"] = (None, "Dra." if dr_p["sex"] == "F" else "Dr.")
    v["dr2_tit"] = (None, "Dra." if people["dr2"]["sex"] == "F" else "Dr.")
    if country == "Guatemala":
        v["doc_ca_label"], v["doc_ca"] = (
            (None, "DPI/CUI"),
            (
                PhiType.OTHER_ID,
                rng.choice((f"{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 4)}", digits(rng, 13))),
            ),
        )
        v["lic_ca_label"], v["lic_ca"] = (None, "colegiado activo No."), (PhiType.LICENSE, digits(rng, 5))
    elif country == "El Salvador":
        v["doc_ca_label"], v["doc_ca"] = (
            (None, "DUI"),
            (PhiType.OTHER_ID, f"{digits(rng, 8)}-{digits(rng, 1)}"),
        )
        v["lic_ca_label"], v["lic_ca"] = (None, "JVPM"), (PhiType.LICENSE, digits(rng, rng.choice((4, 5))))
    elif country == "Honduras":
        v["doc_ca_label"], v["doc_ca"] = (
            (None, "DNI"),
            (PhiType.OTHER_ID, f"0{rng.randint(101, 1809)}-{dob.year}-{digits(rng, 5)}"),
        )
        v["lic_ca_label"], v["lic_ca"] = (None, "CMH No."), (PhiType.LICENSE, digits(rng, 5))
    else:
        v["doc_ca_label"], v["doc_ca"] = (
            (None, "Cédula"),
            (PhiType.OTHER_ID, f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 1)}"),
        )
        v["lic_ca_label"], v["lic_ca"] = (
            (None, "Exequátur"),
            (PhiType.LICENSE, f"{digits(rng, 3)}-{digits(rng, 2)}"),
        )
    v["fac_us"] = (L, f"{rng.choice(FACILITY_PREFIX)} {city}")
    v["fac_pr"] = (
        L,
        f"{rng.choice((*FACILITY_PREFIX[:5], 'Hospital Episcopal San Lucas de', 'Hospital Pavía de', 'Centro Médico Episcopal de'))} {town}",
    )
    v["fac_mx"] = (
        L,
        rng.choice(
            (
                f"Hospital General de {mx_city}",
                f"Centro de Salud Urbano de {mx_city}",
                f"Clínica Hospital ISSSTE {mx_city}",
                f"Hospital Civil de {mx_city}",
            )
        ),
    )
    v["fac_ca"] = (
        L,
        rng.choice(
            (
                f"Hospital Nacional de {ca_city}",
                f"Unidad Comunitaria de Salud Familiar de {ca_city}",
                f"Centro de Salud de {ca_city}",
                f"Hospital Regional de {ca_city}",
            )
        ),
    )
    v["birth_place"] = (L, rng.choice((mx_city, ca_city, town, city)))

    # phones, fax, email, web
    v["tel"] = (PhiType.PHONE, us_phone(rng, area))
    v["cel"] = (PhiType.PHONE, us_phone(rng, rng.choice(US_AREA[st])))
    v["tel_pr"] = (PhiType.PHONE, us_phone(rng, rng.choice(("787", "939"))))
    v["cel_pr"] = (PhiType.PHONE, us_phone(rng, rng.choice(("787", "939"))))
    v["tel_mx"] = (PhiType.PHONE, mx_phone(rng, lada))
    v["tel_ca"] = (PhiType.PHONE, ca_phone(rng, cc))
    v["tel_clin"] = (PhiType.PHONE, us_phone(rng, area))
    v["fax"] = (PhiType.FAX, us_phone(rng, area))
    v["fax_pr"] = (PhiType.FAX, us_phone(rng, rng.choice(("787", "939"))))
    v["fax_mx"] = (PhiType.FAX, mx_phone(rng, lada))
    v["email"] = (PhiType.EMAIL, email_for(rng, pt))
    v["email_madre"] = (PhiType.EMAIL, email_for(rng, people["madre"]))
    v["email_dr"] = (PhiType.EMAIL, email_for(rng, people["dr"]))
    v["email_prom"] = (PhiType.EMAIL, email_for(rng, people["promotora"]))
    v["email_interp"] = (PhiType.EMAIL, email_for(rng, people["interp"]))
    tok = alnum(rng, 8).lower()
    v["url_tele"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://telesalud.example.org/sala/{plain(pt['last1']).lower().replace(' ', '')}-{tok[:4]}",
                f"https://vc.example.com/j/{digits(rng, 10)}?pwd={tok}",
                f"telesalud.example.org/consulta/{tok}",
            )
        ),
    )
    v["url_portal"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://miportal.example.org/paciente/{digits(rng, 7)}",
                f"https://portal.example.com/es/expediente?id={alnum(rng, 10)}",
                f"www.mi-salud.test/usuario/{plain(pt['first1']).lower()}{digits(rng, 3)}",
            )
        ),
    )
    v["url_doc"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://firma.example.com/doc/{alnum(rng, 12).lower()}",
                f"https://consent.example.org/s/{tok}{digits(rng, 4)}",
            )
        ),
    )
    v["url_social"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://facebook.example.com/{plain(pt['first1']).lower()}.{plain(pt['last1']).lower().replace(' ', '')}",
                f"instagram.example.com/{pt['nick'].lower()}_{digits(rng, 2)}",
            )
        ),
    )
    v["url_app"] = (PhiType.URL, f"https://solicitud.example.gov.test/caso/{digits(rng, 9)}")
    v["ip"] = (PhiType.IP_ADDRESS, ip(rng))
    v["ip2"] = (PhiType.IP_ADDRESS, ip(rng))

    # government numbers
    v["ssn"] = (PhiType.SSN, ssn(rng))
    v["nss"] = (
        PhiType.SSN,
        rng.choice(
            (
                f"{digits(rng, 11)}",
                f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 1)}",
            )
        ),
    )
    v["ssn_madre"] = (PhiType.SSN, ssn(rng))
    v["itin"] = (PhiType.OTHER_ID, itin(rng))
    v["curp"] = (PhiType.OTHER_ID, curp(rng, pt, dob, mx_code))
    v["curp_madre"] = (PhiType.OTHER_ID, curp(rng, people["madre"], rand_date(rng, 1975, 2002), mx_code))
    v["rfc"] = (PhiType.OTHER_ID, curp(rng, pt, dob, mx_code)[:10] + alnum(rng, 3))
    v["ine"] = (
        PhiType.OTHER_ID,
        f"{letters(rng, 6, MX_CONS)}{dob:%y%m%d}{rng.randint(1, 32):02d}{'M' if pt['sex'] == 'F' else 'H'}{digits(rng, 3)}",
    )
    v["ine_cic"] = (PhiType.OTHER_ID, digits(rng, 9))
    v["matricula"] = (
        PhiType.OTHER_ID,
        rng.choice((f"{rng.choice('IMS')}{digits(rng, 8)}", f"MC-{digits(rng, 9)}", digits(rng, 10))),
    )
    v["dui"] = (PhiType.OTHER_ID, f"{digits(rng, 8)}-{digits(rng, 1)}")
    v["dpi"] = (
        PhiType.OTHER_ID,
        rng.choice((f"{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 4)}", digits(rng, 13))),
    )
    v["cedula"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 1)}",
                f"0{rng.randint(101, 1809)}-{dob.year}-{digits(rng, 5)}",
            )
        ),
    )
    v["pasaporte"] = (
        PhiType.OTHER_ID,
        rng.choice((f"G{digits(rng, 8)}", f"{rng.choice('ABCEN')}{digits(rng, 8)}", digits(rng, 9))),
    )
    an = f"{rng.randint(200, 249)}{digits(rng, 6)}"
    v["anum"] = (
        PhiType.OTHER_ID,
        rng.choice((f"A{an}", f"A {an[:3]}-{an[3:6]}-{an[6:]}", f"A-{an}", f"{an[:3]} {an[3:6]} {an[6:]}")),
    )
    v["uscis"] = (
        PhiType.OTHER_ID,
        f"{rng.choice(('IOE', 'MSC', 'EAC', 'NBC', 'WAC', 'LIN'))}{rng.choice(('', '-'))}{digits(rng, 10)}",
    )
    v["caso"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"{visit.year}-CS-{digits(rng, 5)}",
                f"EXP-{digits(rng, 6)}",
                f"{digits(rng, 4)}/{visit.year % 100:02d}",
            )
        ),
    )
    v["wic"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (digits(rng, 10), f"WIC-{digits(rng, 8)}", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}")
        ),
    )
    v["estudiante"] = (PhiType.OTHER_ID, rng.choice((digits(rng, 6), f"S{digits(rng, 7)}", digits(rng, 9))))
    v["rx"] = (
        PhiType.OTHER_ID,
        rng.choice((digits(rng, 7), f"{digits(rng, 2)}-{digits(rng, 6)}", f"RX{digits(rng, 8)}")),
    )
    v["rx2"] = (PhiType.OTHER_ID, digits(rng, 7))
    v["auth"] = (
        PhiType.OTHER_ID,
        rng.choice((f"PA-{digits(rng, 8)}", f"AUT{digits(rng, 9)}", f"{digits(rng, 4)}-{digits(rng, 6)}")),
    )
    v["acc"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 5)}",
                f"L{digits(rng, 9)}",
                f"ACC{digits(rng, 8)}",
                f"{visit.year % 100:02d}S-{digits(rng, 6)}",
            )
        ),
    )
    v["empleado"] = (
        PhiType.OTHER_ID,
        rng.choice((f"EMP-{digits(rng, 5)}", digits(rng, 6), f"H2A-{digits(rng, 6)}")),
    )
    v["querella"] = (
        PhiType.OTHER_ID,
        f"{visit.year}-{rng.randint(1, 13)}-{rng.randint(100, 999)}-{digits(rng, 6)}",
    )
    v["brazalete"] = (PhiType.OTHER_ID, rng.choice((f"{digits(rng, 6)}", f"MB-{digits(rng, 5)}")))
    v["estudio"] = (
        PhiType.OTHER_ID,
        f"{rng.choice(('PROM', 'SDC', 'ECO'))}-{digits(rng, 3)}-{digits(rng, 3)}",
    )
    v["ticket"] = (PhiType.OTHER_ID, f"INT-{digits(rng, 7)}")

    # record, plan, account numbers
    v["mrn"] = (
        PhiType.MRN,
        rng.choice(
            (
                f"00{digits(rng, 7)}",
                f"HC-{digits(rng, 6)}",
                f"PR{digits(rng, 8)}",
                f"{digits(rng, 4)}-{digits(rng, 5)}",
                f"E-{digits(rng, 6)}",
                digits(rng, 8),
                f"{digits(rng, 3)}-{digits(rng, 4)}",
            )
        ),
    )
    v["mrn2"] = (
        PhiType.MRN,
        rng.choice(
            (digits(rng, 7), f"M{digits(rng, 8)}", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}")
        ),
    )
    v["medicaid"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"5{digits(rng, 8)}",
                f"9{digits(rng, 7)}{letters(rng, 1)}",
                digits(rng, 10),
                f"{digits(rng, 9)}{letters(rng, 1)}",
                f"{digits(rng, 9)}WA",
            )
        ),
    )
    v["chip"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (f"C{digits(rng, 9)}", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}", digits(rng, 11))
        ),
    )
    v["vital"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                digits(rng, 10),
                f"{digits(rng, 4)}{digits(rng, 6)}",
                f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}",
            )
        ),
    )
    v["vital_contrato"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice((digits(rng, 8), f"{letters(rng, 2)}{digits(rng, 8)}")),
    )
    v["mbi"] = (PhiType.HEALTH_PLAN_ID, mbi(rng))
    v["member"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{letters(rng, 3)}{digits(rng, 9)}",
                f"W{digits(rng, 9)}",
                f"MMM{digits(rng, 9)}",
                f"{digits(rng, 11)}-{digits(rng, 2)}",
                f"U{digits(rng, 8)} 0{rng.randint(1, 4)}",
            )
        ),
    )
    v["grupo"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"GRP-{digits(rng, 5)}",
                digits(rng, 6),
                f"PV-{digits(rng, 4)}",
                f"{alnum(rng, 3)}{digits(rng, 4)}",
            )
        ),
    )
    v["cuenta"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                digits(rng, 8),
                f"CTA-{digits(rng, 7)}",
                f"A{digits(rng, 9)}",
                f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 2)}",
            )
        ),
    )
    v["reclamacion"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                f"CLM{digits(rng, 10)}",
                f"{digits(rng, 2)}{digits(rng, 8)}",
                f"R-{digits(rng, 7)}",
                f"{visit.year}{digits(rng, 9)}",
            )
        ),
    )
    v["fin"] = (
        PhiType.ACCOUNT,
        rng.choice((digits(rng, 9), f"V{digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 4)}")),
    )
    v["factura"] = (
        PhiType.ACCOUNT,
        rng.choice((f"F-{digits(rng, 6)}", f"INV{digits(rng, 7)}", digits(rng, 7))),
    )

    # licences (of persons)
    v["npi"] = (PhiType.LICENSE, npi(rng))
    v["npi2"] = (PhiType.LICENSE, npi(rng))
    v["dea"] = (PhiType.LICENSE, dea(rng, people["dr"]["last1"]))
    v["lic_pr"] = (
        PhiType.LICENSE,
        rng.choice((digits(rng, 5), f"1{digits(rng, 4)}", f"LM-{digits(rng, 5)}")),
    )
    v["lic_enf"] = (
        PhiType.LICENSE,
        rng.choice((f"RN{digits(rng, 6)}", digits(rng, 6), f"ENF-{digits(rng, 5)}")),
    )
    v["ced_prof"] = (PhiType.LICENSE, digits(rng, rng.choice((7, 8))))
    v["ced_esp"] = (PhiType.LICENSE, digits(rng, 7))
    v["jvpm"] = (PhiType.LICENSE, rng.choice((digits(rng, 5), digits(rng, 4))))
    v["colegiado"] = (PhiType.LICENSE, digits(rng, 5))
    v["dl"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                digits(rng, 8),
                f"{letters(rng, 1)}{digits(rng, 7)}",
                f"{letters(rng, 1)}{digits(rng, 8)}",
                f"{letters(rng, 1)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-0",
            )
        ),
    )
    v["dl_pr"] = (
        PhiType.LICENSE,
        rng.choice((digits(rng, 7), digits(rng, 9), f"{digits(rng, 3)}-{digits(rng, 4)}")),
    )
    v["interp_cert"] = (
        PhiType.LICENSE,
        rng.choice(
            (f"CHI-{digits(rng, 5)}", f"CMI-{digits(rng, 5)}", f"{digits(rng, 6)}", f"CCHI {digits(rng, 5)}")
        ),
    )
    v["interp2_cert"] = (PhiType.LICENSE, rng.choice((f"CHI-{digits(rng, 5)}", f"CMI-{digits(rng, 5)}")))
    v["chw_cert"] = (
        PhiType.LICENSE,
        rng.choice((f"CHW-{digits(rng, 6)}", digits(rng, 5), f"PS-{digits(rng, 4)}")),
    )
    v["notario_no"] = (
        PhiType.LICENSE,
        rng.choice((digits(rng, 5), f"{visit.year}-NP-{digits(rng, 4)}", digits(rng, 8))),
    )
    v["lic_funeral"] = (PhiType.LICENSE, rng.choice((f"FDR{digits(rng, 5)}", digits(rng, 6))))

    # vehicles, devices, biometrics, photos
    v["placa"] = (PhiType.VEHICLE_ID, plate(rng, "US"))
    v["placa_mx"] = (PhiType.VEHICLE_ID, plate(rng, "MX"))
    v["tablilla"] = (PhiType.VEHICLE_ID, plate(rng, "PR"))
    v["tablilla2"] = (PhiType.VEHICLE_ID, plate(rng, "PR"))
    v["vin"] = (PhiType.VEHICLE_ID, vin(rng))
    v["vin2"] = (PhiType.VEHICLE_ID, vin(rng))
    v["glucometro_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice((f"GLM{digits(rng, 8)}", f"{letters(rng, 2)}{digits(rng, 7)}", f"SN {alnum(rng, 10)}")),
    )
    v["cgm_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (f"8G{alnum(rng, 6)}", f"{alnum(rng, 4)}-{alnum(rng, 4)}-{alnum(rng, 4)}", f"0M{digits(rng, 8)}")
        ),
    )
    v["bomba_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice((f"NG{digits(rng, 7)}H", f"MS{digits(rng, 9)}", f"{digits(rng, 3)}-{digits(rng, 5)}")),
    )
    v["tension_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"BP{digits(rng, 9)}",
                f"{alnum(rng, 12)}",
                f"20{digits(rng, 2)}{letters(rng, 2)}{digits(rng, 6)}",
            )
        ),
    )
    v["marcapasos_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice((f"PJN{digits(rng, 6)}", f"{letters(rng, 3)}{digits(rng, 6)}S")),
    )
    v["o2_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice((f"{digits(rng, 3)}{letters(rng, 1)}{digits(rng, 6)}", f"EV{digits(rng, 8)}")),
    )
    v["udi"] = (
        PhiType.DEVICE_ID,
        f"(01)00{digits(rng, 12)}(17){rng.randint(26, 30)}{rng.randint(1, 12):02d}28(21){alnum(rng, 8)}",
    )
    v["tag_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice((f"HT-{digits(rng, 6)}", f"{alnum(rng, 8)}", f"TAG {digits(rng, 7)}")),
    )
    v["huella"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (
                f"FP-{alnum(rng, 10)}",
                f"HD{digits(rng, 9)}",
                f"{alnum(rng, 4)}-{alnum(rng, 4)}-{alnum(rng, 4)}",
            )
        ),
    )
    v["voz"] = (
        PhiType.BIOMETRIC,
        rng.choice((f"VP-{digits(rng, 8)}", f"VOZ{alnum(rng, 9)}", f"vprint_{alnum(rng, 10).lower()}")),
    )
    v["palma"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (
                f"PV{digits(rng, 10)}",
                f"PALM-{alnum(rng, 8)}",
                f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
            )
        ),
    )
    v["huella_plantar"] = (PhiType.BIOMETRIC, rng.choice((f"HP-{digits(rng, 7)}", f"FTP{digits(rng, 8)}")))
    v["iris"] = (PhiType.BIOMETRIC, f"IR-{alnum(rng, 12)}")
    stamp = f"{visit:%Y%m%d}_{rng.randint(7, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    v["foto"] = (
        PhiType.PHOTO,
        rng.choice(
            (
                f"IMG_{stamp}.jpg",
                f"foto_{plain(pt['last1']).lower().replace(' ', '_')}_{digits(rng, 4)}.jpg",
                f"DSC0{digits(rng, 4)}.JPG",
                f"rostro_frontal_{digits(rng, 6)}.png",
                f"PH-{digits(rng, 7)}",
            )
        ),
    )
    v["foto2"] = (
        PhiType.PHOTO,
        rng.choice(
            (
                f"selfie_verificacion_{alnum(rng, 6).lower()}.jpg",
                f"WhatsApp Image {visit:%Y-%m-%d} at {rng.randint(1, 12)}.{rng.randint(10, 59)}.{rng.randint(10, 59)} PM.jpeg",
                f"FOTO-{digits(rng, 8)}",
                f"pasaporte_foto_{digits(rng, 5)}.jpg",
            )
        ),
    )
    return v


# --- look-alikes (not PHI) ----------------------------------------------------------------------------

CLINICS = (
    "Centro de Salud Familiar La Esperanza",
    "Clínica Comunitaria San Vicente de Paúl",
    "Salud Para Todos, Inc.",
    "Centro Médico del Pueblo",
    "Clínica Nuestra Señora del Rosario",
    "Promotoras de Salud Unidas",
    "Centro de Salud Migrante Campesino",
    "Clínica Hispana Familiar",
    "Centro de Salud Mercedes",
    "Clínica Monseñor Romero",
    "Centro de Salud Primaria Dr. Ramón Emeterio Betances",
    "Casa de Salud Luz y Vida",
)
MCOS = (
    "Triple-S Salud",
    "MMM Multihealth",
    "First Medical",
    "Plan de Salud Menonita",
    "Superior HealthPlan",
    "Driscoll Health Plan",
    "Molina Healthcare",
    "Central California Alliance for Health",
    "Sunshine Health",
    "Community Health Choice",
    "Amerigroup",
    "CHIP Perinatal",
)
DRUGS = (
    "metformina 850 mg VO c/12h",
    "insulina glargina 18 UI SC cada noche",
    "sulfato ferroso 325 mg VO diario",
    "ácido fólico 0.4 mg VO diario",
    "amoxicilina 400 mg/5 mL, 5 mL VO c/12h x 10 días",
    "paracetamol 15 mg/kg VO c/6h PRN fiebre",
    "ibuprofeno (Motrin) 400 mg c/8h con alimentos",
    "losartán 50 mg VO diario",
    "atorvastatina 20 mg al acostarse",
    "salbutamol (albuterol) 2 puffs c/4-6h PRN",
    "omeprazol 20 mg en ayunas",
    "vitaminas prenatales 1 tab diaria",
    "sertralina 50 mg diaria",
    "hidroclorotiazida 25 mg diaria",
    "nifedipino 30 mg XL diario",
    "Ozempic 0.5 mg SC semanal",
    "cefalexina 500 mg c/6h x 7 días",
    "loratadina 10 mg diaria",
    "permetrina crema 5% dosis única",
    "albendazol 400 mg dosis única",
    "Pedialyte 60 mL después de cada evacuación",
    "Similac Advance 4 oz c/3h",
)
ICD = (
    "E11.9",
    "E11.65",
    "O24.419",
    "Z34.02",
    "Z34.83",
    "O09.523",
    "I10",
    "J45.20",
    "Z00.129",
    "Z23",
    "D50.9",
    "E66.9",
    "K21.9",
    "F32.1",
    "B57.2",
    "N39.0",
    "R50.9",
    "Z59.41",
    "Z60.3",
    "L03.115",
    "T65.891A",
    "Z02.89",
    "O99.013",
    "R73.03",
    "E05.00",
    "Z71.3",
    "Z13.31",
)
CPT = (
    "99213",
    "99214",
    "99203",
    "59400",
    "59425",
    "90471",
    "90460",
    "90715",
    "99393",
    "99392",
    "96127",
    "83036",
    "85018",
    "81025",
    "71046",
    "86580",
    "96160",
    "99406",
    "T1013",
    "99402",
)
HCPCS = ("T1013", "G0447", "J1050", "S9445", "E0607", "A4253", "G0442", "E0603", "Q0091")
LOINC = (
    "4548-4",
    "718-7",
    "2345-7",
    "57698-3",
    "24356-8",
    "5195-3",
    "30341-2",
    "2093-3",
    "44261-6",
    "89204-2",
)
SNOMED = ("44054006", "38341003", "72892002", "195967001", "35489007", "271737000")
NDC = (
    "0002-8215-01",
    "0088-2220-33",
    "0169-4132-12",
    "50242-040-62",
    "0006-4047-41",
    "49281-0421-50",
    "58160-0821-11",
    "0409-4888-10",
)
EPONYM = (
    "enfermedad de Chagas",
    "síndrome de Down",
    "enfermedad de Graves",
    "tiroiditis de Hashimoto",
    "maniobras de Leopold",
    "signo de Murphy",
    "enfermedad de Parkinson",
    "regla de Naegele",
    "síndrome de Guillain-Barré (descartado)",
    "prueba de Papanicolaou",
    "reflejo de Moro",
    "signo de Chadwick",
    "mancha mongólica (de Baltz)",
    "fenómeno de Raynaud",
    "enfermedad de Kawasaki (descartada)",
)
ROLES = (
    "el médico tratante",
    "la enfermera graduada de turno",
    "el intérprete certificado",
    "la promotora de salud",
    "la trabajadora social",
    "el residente de guardia",
    "la partera",
    "el farmacéutico",
    "la coordinadora de WIC",
    "el técnico de rayos X",
    "the attending",
    "the charge nurse",
    "the on-call interpreter",
)
WORDS = (
    "refiere dolores de cabeza ocasionales",
    "buscó consuelo en su fe",
    "reza el rosario cada noche",
    "llegó en una furgoneta Mercedes Sprinter de la compañía",
    "la Cruz Roja la trasladó",
    "se siente en paz con la decisión",
    "pide socorro cuando le falta el aire",
    "sin esperanza de cosecha por la sequía",
    "dolores tipo cólico en hipogastrio",
    "tras la procesión de la Virgen de la Candelaria",
    "toma té de manzanilla y ruda",
    "usa Vick VapoRub en el pecho",
    "le pusieron un amparo en la corte",
    "salió a la luz que no tomaba la insulina",
    "pilar de la familia",
)
PROGRAMS = (
    "Medicaid",
    "CHIP",
    "WIC",
    "Plan Vital",
    "Medi-Cal",
    "Emergency Medicaid",
    "CHIP Perinatal",
    "Programa de Salud Migrante",
    "Título X",
    "Ryan White Parte C",
    "340B",
    "Head Start",
    "SNAP",
)
SEGUROS = (
    "Medicaid",
    "CHIP",
    "Plan Vital",
    "Medi-Cal",
    "Emergency Medicaid",
    "CHIP Perinatal",
    "Medicare Advantage",
    "Apple Health",
    "STAR Kids",
    "Medicaid STAR",
)


def lookalikes(rng: random.Random) -> dict[str, Value]:
    def u(s: str) -> Value:
        return (None, s)

    n = rng.randint
    c = rng.choice
    sys_, dia = n(96, 168), n(54, 102)
    d1, d2, d3 = rng.sample(DRUGS, 3)
    i1, i2, i3 = rng.sample(ICD, 3)
    p1, p2, p3 = rng.sample(CPT, 3)
    e1, e2 = rng.sample(EPONYM, 2)
    w1, w2 = rng.sample(WORDS, 2)
    r1, r2 = rng.sample(ROLES, 2)
    cl1, cl2 = rng.sample(CLINICS, 2)
    ga = n(8, 40)
    return {
        "ta": u(f"{sys_}/{dia}"),
        "fc": u(str(n(58, 128))),
        "fr": u(str(n(12, 32))),
        "temp": u(
            c((f"{n(360, 392) / 10:.1f} °C", f"{n(970, 1026) / 10:.1f} °F", f"{n(360, 392) / 10:.1f}°C"))
        ),
        "spo2": u(f"{n(89, 100)}%"),
        "peso": u(c((f"{n(450, 1150) / 10:.1f} kg", f"{n(98, 260)} lb", f"{n(30, 140) / 10:.1f} kg"))),
        "talla": u(c((f"{n(140, 188)} cm", f"{n(4, 6)}'{n(0, 11)}\""))),
        "imc": u(f"{n(180, 420) / 10:.1f}"),
        "glucosa": u(f"{n(68, 390)} mg/dL"),
        "a1c": u(f"{n(50, 130) / 10:.1f}%"),
        "hgb": u(f"{n(86, 158) / 10:.1f} g/dL"),
        "hct": u(f"{n(28, 47)}%"),
        "creat": u(f"{n(5, 19) / 10:.1f} mg/dL"),
        "ldl": u(f"{n(60, 210)} mg/dL"),
        "tsh": u(f"{n(3, 90) / 10:.1f} mUI/L"),
        "plomo": u(f"{n(1, 90) / 10:.1f} mcg/dL"),
        "sg": u(f"{ga} {n(0, 6)}/7 semanas"),
        "fcf": u(f"{n(120, 165)} lpm"),
        "au": u(f"{max(ga - n(0, 3), 10)} cm"),
        "gpa": u(f"G{n(1, 7)}P{n(0, 5)}A{n(0, 2)}"),
        "apgar": u(f"{n(6, 9)}/{n(8, 10)}"),
        "percentil": u(f"p{c((3, 5, 10, 25, 50, 75, 85, 90, 95, 97))}"),
        "phq9": u(str(n(0, 24))),
        "gad7": u(str(n(0, 21))),
        "edad": u(str(n(18, 89))),
        "edad2": u(str(n(19, 84))),
        "edad_nino": u(c((f"{n(1, 11)} meses", f"{n(1, 12)} años", f"{n(2, 9)} años {n(1, 11)} meses"))),
        "gestas": u(str(n(1, 6))),
        "med1": u(d1),
        "med2": u(d2),
        "med3": u(d3),
        "icd1": u(i1),
        "icd2": u(i2),
        "icd3": u(i3),
        "cpt1": u(p1),
        "cpt2": u(p2),
        "cpt3": u(p3),
        "hcpcs": u(c(HCPCS)),
        "loinc": u(c(LOINC)),
        "snomed": u(c(SNOMED)),
        "ndc": u(c(NDC)),
        "rev": u(c(("0450", "0300", "0250", "0510", "0636", "0720", "0260"))),
        "drg": u(c(("775", "807", "766", "795", "392", "638", "871"))),
        "lote": u(
            c(
                (
                    f"U{n(1000, 9999)}AA",
                    f"{alnum(rng, 2)}{n(100, 999)}{c('ABCD')}",
                    f"L{n(10000, 99999)}",
                    f"Y0{n(1000, 9999)}",
                )
            )
        ),
        "lote2": u(f"{c(('T', 'S', 'X'))}{n(100000, 999999)}"),
        "forma": u(
            c(
                (
                    "SJ-114 v3",
                    "HSF-0129 (rev. 2021)",
                    "FQHC-SF-02",
                    "DS-12 v7",
                    "MA-01 ver. 4",
                    "I-693 (ed. 2024)",
                    "PV-07",
                    "H1010",
                    "CCS-ES 2022",
                    "P-VAC-3",
                )
            )
        ),
        "politica": u(
            c(
                (
                    "Política ADM-112",
                    "Procedimiento PC-207",
                    "Norma IS-03",
                    "Protocolo LEP-5",
                    "Política 4.12.7",
                )
            )
        ),
        "hora": u(f"{n(6, 22):02d}:{n(0, 59):02d}"),
        "hora2": u(
            c(
                (
                    f"{n(1, 12)}:{n(0, 59):02d} {c(('a.m.', 'p.m.', 'AM', 'PM', 'am', 'pm'))}",
                    f"{n(6, 22)}:{n(0, 59):02d} h",
                )
            )
        ),
        "anio": u(str(n(1998, 2024))),
        "anio2": u(str(n(2005, 2024))),
        "dinero": u(
            c(
                (
                    f"${n(5, 95)}.00",
                    f"${n(100, 4800)}.{n(0, 99):02d}",
                    f"US${n(20, 400)}",
                    f"${n(1, 60)},{n(100, 999)}",
                )
            )
        ),
        "dinero2": u(f"${n(10, 900)}.{n(0, 99):02d}"),
        "ingreso": u(f"${n(800, 5200):,}"),
        "fpl": u(f"{n(40, 260)}%"),
        "hogar": u(str(n(1, 9))),
        "cuarto": u(
            c(
                (
                    f"Cuarto {n(101, 899)}-{c('AB')}",
                    f"Hab. {n(1, 40)}",
                    f"Sala {n(1, 12)}",
                    f"Room {n(200, 650)}",
                )
            )
        ),
        "cama": u(str(n(1, 40))),
        "rol1": u(r1),
        "rol2": u(r2),
        "epon1": u(e1),
        "epon2": u(e2),
        "palabra1": u(w1),
        "palabra2": u(w2),
        "clinica": u(cl1),
        "clinica2": u(cl2),
        "mco": u(c(MCOS)),
        "programa": u(c(PROGRAMS)),
        "programa2": u(c(PROGRAMS)),
        "seguro": u(c(SEGUROS)),
        "peso_nino": u(c((f"{n(35, 380) / 10:.1f} kg", f"{n(9, 80)} lb"))),
        "talla_nino": u(f"{n(52, 150)} cm"),
        "clia": u(f"{n(10, 99)}D{n(1000000, 9999999)}"),
        "ncpdp": u(str(n(1000000, 9999999))),
        "ein": u(f"{n(10, 99)}-{n(1000000, 9999999)}"),
        "org_npi": u(str(n(1000000000, 1999999999))),
        "permiso": u(f"F-{n(1000, 9999)}"),
        "vacuna": u(
            c(
                (
                    "Tdap (Boostrix)",
                    "influenza (Fluzone)",
                    "DTaP-IPV-Hib-HepB (Vaxelis)",
                    "SPR/MMR (M-M-R II)",
                    "varicela (Varivax)",
                    "hepatitis B (Engerix-B)",
                    "VPH (Gardasil 9)",
                    "COVID-19 (Comirnaty)",
                    "neumococo PCV20 (Prevnar 20)",
                    "rotavirus (RotaTeq)",
                    "Td (Tenivac)",
                )
            )
        ),
        "dosis_n": u(str(n(1, 4))),
        "idioma": u(
            c(("español", "mixteco", "k'iche'", "mam", "triqui", "zapoteco", "q'anjob'al", "español/inglés"))
        ),
        "min": u(str(n(4, 58))),
        "pct": u(f"{n(5, 95)}%"),
        "gc": u(f"{n(12, 15)}/15"),
        "saturacion_obj": u(f"{n(88, 94)}-{n(95, 98)}%"),
        "hrs": u(str(n(6, 72))),
        "semanas": u(str(n(1, 12))),
        "carga": u(c((f"{n(20, 70)} lb", f"{n(10, 30)} kg"))),
        "horas_sol": u(str(n(6, 12))),
        "peso_rn": u(
            c((f"{n(2400, 4300):,} g", f"{n(240, 430) / 100:.2f} kg", f"{n(5, 9)} lb {n(0, 15)} oz"))
        ),
        "sg_rn": u(f"{n(35, 41)} {n(0, 6)}/7 semanas"),
        "temp_ref": u(c((f"{n(20, 78) / 10:.1f} °C", f"{n(36, 46)} °F"))),
        "escuela": u(
            c(
                (
                    "Escuela Elemental Luis Muñoz Marín",
                    "Escuela Segunda Unidad Rafael Cordero",
                    "Escuela Dr. Pedro Albizu Campos",
                    "César Chávez Elementary",
                    "Dolores Huerta Middle School",
                    "Escuela Superior Vocacional",
                    "Head Start Los Niños",
                )
            )
        ),
        "msgid": u(f"MSG{n(10000000, 99999999)}"),
    }
