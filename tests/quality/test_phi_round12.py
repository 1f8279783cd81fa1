"""PHI rule classes added in tuning round 12 (sets L and M became tuning sets): identifier labels in other
languages and joined by slashes, CSV extracts read by their header, HL7 fields and names, places cued in other
languages; and the look-alikes that were false positives (form words of other languages, pain scores,
rooms, units, organisations after a person's label). Each with lines that must fire and look-alikes that
must not. The names, places and values here are fresh (no planted set uses them). They test the rules
alone (the classifier is not retrained in this round)."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from mediflow.quality.phi_table import table_findings
from tests.support.phi import found_by_rules as found

T = PhiType


DETECTIONS = [
    # CSV extracts: a code takes its column's type, snake-case headers read from their end; name columns
    (
        "chart_no,surname,given,birth_date,acct_no,plan_member,attending_npi\n"
        "55012,Quarrie,Delphine,19580311,HX-5530019,KPQ88120034,1487720093",
        T.ACCOUNT,
        "HX-5530019",
    ),
    (
        "chart_no,surname,given,birth_date,acct_no,plan_member,attending_npi\n"
        "55012,Quarrie,Delphine,19580311,HX-5530019,KPQ88120034,1487720093",
        T.HEALTH_PLAN_ID,
        "KPQ88120034",
    ),
    (
        "chart_no,surname,given,birth_date,acct_no,plan_member,attending_npi\n"
        "55012,Quarrie,Delphine,19580311,HX-5530019,KPQ88120034,1487720093",
        T.LICENSE,
        "1487720093",
    ),
    (
        "chart_no,surname,given,birth_date,acct_no,plan_member,attending_npi\n"
        "55012,Quarrie,Delphine,19580311,HX-5530019,KPQ88120034,1487720093",
        T.NAME,
        "Quarrie",
    ),
    # a quoted cell stays whole; an unquoted date with a comma in a row of a machine's commas
    (
        'specimen,mrn,patient_name,collected\nQP31-774201,40917735,"Tolliver, Agnes R.",May 3, 2025',
        T.MRN,
        "40917735",
    ),
    # labels in Spanish and French, after "n°"; two labels joined by a slash
    ("Paciente: Ondina Ferrat   Expediente: HQ-330871", T.MRN, "HQ-330871"),
    ("Nom: BRESSAC, ODILE   Dossier n° KT-902211", T.MRN, "KT-902211"),
    ("Admission/FIN R83305518 opened at triage", T.ACCOUNT, "R83305518"),
    ("Medicaid/CHIP: ZQ77210845", T.HEALTH_PLAN_ID, "ZQ77210845"),
    ("Prescriber: Dr. Wendel Obi, LANR/NPI 1730049226", T.LICENSE, "1730049226"),
    ("Carte d'assurance QL5519082 présentée à l'accueil.", T.HEALTH_PLAN_ID, "QL5519082"),
    ("Member ID card: photo taken; insurance card: RT0093311", T.HEALTH_PLAN_ID, "RT0093311"),
    ("enrollee ID 77120934451 on the state form", T.HEALTH_PLAN_ID, "77120934451"),
    ("ED re-registration: visit K44019837 merged", T.ACCOUNT, "K44019837"),
    ("claim number(s): 6102239918274 pending", T.ACCOUNT, "6102239918274"),
    # a claim's number with the insurer; a registry's number on a clinician's line
    ("The claim number with the carrier is BQ-71-440219.", T.ACCOUNT, "BQ-71-440219"),
    ("Medical examiner: Odile Brandvold, registry no. 41-772031", T.LICENSE, "41-772031"),
    # OTHER_ID cues: a client, a chain-of-custody form, samples, a specimen, an authorisation's reference
    ("methadone program, client QTR-5521, phase 2", T.OTHER_ID, "QTR-5521"),
    ("Collected under chain-of-custody form 44KX102876.", T.OTHER_ID, "44KX102876"),
    ("samples: TQ28-550193 (plasma), ZB28-119020 (DNA)", T.OTHER_ID, "TQ28-550193"),
    ("SPECIMEN LABELLED P26-44310 and sent", T.OTHER_ID, "P26-44310"),
    ("Prior cytology W22-31877 was benign.", T.OTHER_ID, "W22-31877"),
    ("Authorization reference: PRV-2231-KQTX", T.OTHER_ID, "PRV-2231-KQTX"),
    ("CAD\nINC=2291-77310;UNIT=Engine 4", T.OTHER_ID, "2291-77310"),
    # devices: lower-case s/n, "ser.", a machine's code; vehicles: a plate's label with words, a bracket
    ("home oxygen concentrator s/n QX55KD1290 swapped", T.DEVICE_ID, "QX55KD1290"),
    ("knee femoral component ser. 8830174452", T.DEVICE_ID, "8830174452"),
    ("Humidifier leaks. Machine ZPA401877-K returned.", T.DEVICE_ID, "ZPA401877-K"),
    ("plate for the overflow garage: KRT442", T.VEHICLE_ID, "KRT442"),
    ("Her brother moved his van (7HQA219) off the ramp.", T.VEHICLE_ID, "7HQA219"),
    ("Visitor log: DL WQRTZ*PL448KD recorded", T.LICENSE, "WQRTZ*PL448KD"),
    # HL7: a vaccinator's NPI in RXA-10, a plan's ID in IN1-2
    (
        "MSH|^~\\&|IIS|CLINIC|||202501011200||VXU^V04|M1|P|2.5.1\n"
        "RXA|0|1|202501011130||08^HepB^CVX|0.5|mL||00^New^NIP001|1992038475^ODUYA^TEMPE",
        T.LICENSE,
        "1992038475",
    ),
    (
        "MSH|^~\\&|ADT|CLINIC|||202501011200||ADT^A04|M2|P|2.5\nIN1|1|660712|CARRIER7|",
        T.HEALTH_PLAN_ID,
        "660712",
    ),
    # HL7 name fields: a patient's (PID-5), a clinician's after the ID (PV1-7), carets included
    (
        "MSH|^~\\&|ADT|CLINIC|||202501011200||ADT^A04|M3|P|2.5\nPID|1||55120^^^C^MR||QUELLMANN^ODETTE^R||19400101|F",
        T.NAME,
        "QUELLMANN^ODETTE^R",
    ),
    (
        "MSH|^~\\&|ADT|CLINIC|||202501011200||ADT^A04|M4|P|2.5\nPV1|1|O|Rm 2^^^AMB||||1669302214^TRASK^WILHELMINA",
        T.NAME,
        "TRASK^WILHELMINA",
    ),
    # PID-3's repetitions typed by their code: an SSN after the chart number
    (
        "MSH|^~\\&|ADT|CLINIC|||202501011200||ADT^A04|M5|P|2.5\nPID|1||QX-44120^^^CLINIC^MR~612.44.9021^^^SSA^SS||DOE^JO",
        T.SSN,
        "612.44.9021",
    ),
    # an age in a key=value export; a biometric template after a word in brackets or with an underscore
    ("CALLER=Jo Kent;PT_AGE=97;PT_NAME=OYELARAN, TEMI", T.AGE, "97"),
    ("Biometric enrolment (palm) record: 55QKRT0918", T.BIOMETRIC, "55QKRT0918"),
    ("Caller verified by voiceprint match vx_qhtr4471.", T.BIOMETRIC, "vx_qhtr4471"),
    # one surname after a clinician's cue; French and key=value name labels
    ("Wound measured and dressed. Seen by Quarle.", T.NAME, "Quarle"),
    ("Nom: BRESSAC, ODILE   Dossier n° KT-902211", T.NAME, "BRESSAC, ODILE"),
    ("CALLER=Jo Kent;PT_NAME=OYELARAN, TEMI;AGE=71", T.NAME, "OYELARAN, TEMI"),
    # a code in brackets after a client's or a detainee's name is their programme's or jail's number
    ("Take-home doses approved for client ORTEGA, MIRELA (K551902) today.", T.OTHER_ID, "K551902"),
    # phones: ten digits in brackets after a name; a log line under a fax heading
    ("Message left for Dr Pell (7195538204) about the INR.", T.PHONE, "7195538204"),
    ("Records fax log\n03/02/2025 0915 OUT to 1-612-555-0199  discharge summary", T.FAX, "1-612-555-0199"),
    # names after Spanish, French and German titles; places cued in those languages
    ("Atendida por la Dra. Quintela ayer.", T.NAME, "Quintela"),
    ("wir sahen Frau Oyelaran in der Sprechstunde", T.NAME, "Oyelaran"),
    ("La paciente vive en Cerro Azul con su hija.", T.LOCATION, "Cerro Azul"),
    # a known town of two words after a place's cue, though it reads as a person; a town before a ZIP
    ("Her son drives in from Eden Prairie on weekends.", T.LOCATION, "Eden Prairie"),
    ("Forwarding address: c/o the parish office, Liberty 64068.", T.LOCATION, "Liberty 64068"),
    # a key=value export's town and unit; a French facility of a town; the postcode before the town; a
    # lower-case unit after a street; a town before a site's word
    ("CAD\nADDR=8812 Wren Hollow Rd;APT=7C;CITY=TULLAHOMA;ZIP=37388", T.LOCATION, "TULLAHOMA"),
    ("CAD\nADDR=8812 Wren Hollow Rd;APT=7C;CITY=TULLAHOMA;ZIP=37388", T.LOCATION, "7C"),
    ("Transmission - Cabinet infirmier de Valmorel\nNom: ...", T.LOCATION, "Valmorel"),
    (
        "Anschrift: 12 Birkenweg Rd, 55131 Kelsbrook\nTel.: keine",
        T.LOCATION,
        "12 Birkenweg Rd, 55131 Kelsbrook",
    ),
    ("Found at 77 Quarry Ln, apt 14D. Alert.", T.LOCATION, "77 Quarry Ln, apt 14D"),
    ("Tullahoma ExpressCare faxed the notes.", T.LOCATION, "Tullahoma"),
    # a facility named after its town; a county in capitals; a street without its suffix before a town and
    # a ZIP; a street's name with diacritics or an okina (U+02BB)
    ("Wexcombe Skilled Nursing & Rehab called back.", T.LOCATION, "Wexcombe"),
    ("Records came from Dunmorrow Cancer Center today.", T.LOCATION, "Dunmorrow"),
    ("Records from Port Quenby Rehabilitation Institute arrived.", T.LOCATION, "Port Quenby"),
    ("IN THE CIRCUIT COURT OF WAPELLO COUNTY", T.LOCATION, "WAPELLO COUNTY"),
    ("Moved in May to 2231 Birch, Tallow Creek 55820.", T.LOCATION, "2231 Birch, Tallow Creek 55820"),
    ("She lives at 41 Kaʻahumanu Ave near the park.", T.LOCATION, "41 Kaʻahumanu Ave"),
    # an organisation's town after a person's label
    ("Referring: Kenosha Public Health Department", T.LOCATION, "Kenosha"),
    # found by review of round 12: a surname after a loose cue, a given name that is a faith's word, a
    # name before a field gap and an organisation's word
    ("Seen by Okonkwo.", T.NAME, "Okonkwo"),
    ("Okafor, Christian J. was seen today.", T.NAME, "Okafor, Christian J."),
    ("Seen by Christian.", T.NAME, "Christian"),
    ("Attending: Maribel Quandt   Public Health liaison", T.NAME, "Maribel Quandt"),
    # what the look-alikes below must leave alone
    ("License plate: 7ABC123", T.VEHICLE_ID, "7ABC123"),
    ("Plate: 7ABC123", T.VEHICLE_ID, "7ABC123"),
    ("Pump ser. 4471208 replaced.", T.DEVICE_ID, "4471208"),
]


@pytest.mark.parametrize(("text", "phi_type", "value"), DETECTIONS)
def test_round12_rules_find(text: str, phi_type: PhiType, value: str) -> None:
    assert (phi_type, value) in found(text)


LOOK_ALIKES = [
    # form and letter words of other languages
    ("Sehr geehrte Kollegin, sehr geehrter Kollege,\nAuftrag: Mitbehandlung.", T.NAME),
    ("Soins: pansement sec. Prochain passage demain.", T.NAME),
    ("Nota: la señora vino sola. Idioma: português (Brasil)", T.NAME),
    ("Klinische Angaben: siehe Befund\nMaterial: Pleurapunktat", T.NAME),
    ("Mit kollegialen Grüßen", T.NAME),
    # pain scores and ventilator settings; a date stays a date
    ("Toothache for two days, 6/10, worse at night.", T.DATE),
    ("Rates it 8/10 pain after the fall.", T.DATE),
    ("CPAP 10/5 overnight.", T.DATE),
    # rooms, units, classes, eponyms, device brands, religions, lab words, greetings
    ("Infusion Bay 4: chair reclined.", T.NAME),
    ("Transferred to PICU bed 7 at 0300.", T.LOCATION),
    ("ASA IIIE, Mallampati 2.", T.NAME),
    ("Urine positive for Bence Jones protein.", T.NAME),
    ("Alaris pump on channel A; Hemovac to bulb suction.", T.NAME),
    ("Faith: Muslim; requests a female clinician.", T.NAME),
    ("Transfuse if Hgb below 7; Trop pending.", T.NAME),
    ("Dear Parent/Guardian,\nyour child is due for a booster.", T.NAME),
    # organisations after a person's label; a field gap before "Hospital"
    ("To: Pharmacy and Therapeutics Committee\nRe: formulary", T.NAME),
    ("From: Quillan Cancer Center", T.NAME),
    ("Patient: Aroha Te Rangi       Hospital acct # 18-220341", T.LOCATION),
    # an ID's label is no town in Idaho; a machine's address is no street; words in capitals
    ("Client ID 40213 checked in.", T.LOCATION),
    ("login from address 10.44.2.19 at 0200", T.LOCATION),
    ("IDENTITY BAND SCAN OK - MRN 4471208", T.NAME),
    # short product codes and reference ranges in a field are no IDs; a plate is no two words of letters
    ("Kit code ZR-14 per tray.", T.OTHER_ID),
    ("OBX|2|NM|2951-2^Sodium^LN||139|see report|135-145|N|||F", T.OTHER_ID),
    ("SINGLE VEHICLE. PT DRIVER OF CAR PLATE QTX-4411.", None),
    # a camera file of a lesion's close-up; a chat's role is no name
    ("upload file=IMG_0412.jpg  type=lesion-closeup", T.PHOTO),
    (
        "[09:14] CHW Odalys: on my way\n[09:15] Marisel: ok\n[09:16] CHW Odalys: here\n[09:17] Marisel: coming",
        None,
    ),
    # a service's words before a credential are no person ("Rehab & Sports PT")
    ("Moving him to the Rehab & Sports PT site next week.", T.NAME),
    # an initial after a degree sign
    ("fiebre 38.9 °C. Prueba rápida negativa", T.NAME),
    # found by review of round 12: roles after a loose cue, a faith, lower-case words before a slash
    ("Follow-up with Nurse Practitioner.", T.NAME),
    ("Seen by Nurse Educator.", T.NAME),
    ("Seen by Ortho.", T.NAME),
    ("Documented by Scribe.", T.NAME),
    ("Religion: Christian. Diet: halal.", T.NAME),
    ("see notes/plan 2025 goals", T.HEALTH_PLAN_ID),
    ("mom/member 77120934 called back", T.HEALTH_PLAN_ID),
    # a label before a number is no town after a street without its suffix
    ("Received 2 Doses, Lot 45821 today.", T.LOCATION),
    ("Vial 1 Flu, Lot 77120 expires soon.", T.LOCATION),
    ("Step 3 Complete, Batch 55012 released.", T.LOCATION),
    ("Drawn at 0800 Heparin, Lab 12345 sent.", T.LOCATION),
    # a lab's plate is no vehicle's, an image series no device's serial (found by review)
    ("Plate reader result: 1234 absorbance units.", T.VEHICLE_ID),
    ("Plate count: 2034 CFU/mL.", T.VEHICLE_ID),
    ("CT images ser. 1004 img 57 show the nodule.", T.DEVICE_ID),
    ("MRI Ser 3 Im 45: enhancing lesion.", T.DEVICE_ID),
]


@pytest.mark.parametrize(("text", "phi_type"), LOOK_ALIKES)
def test_round12_look_alikes_do_not_fire(text: str, phi_type: PhiType | None) -> None:
    if phi_type is None:  # the words that must stay unflagged: "PT DRIVER", "CHW"
        assert not [t for _, t in found(text) if t.split()[0] in ("PT", "CHW")], text
        return
    assert not [t for k, t in found(text) if k is phi_type], text


def test_csv_rows_split_only_where_the_columns_are_clear() -> None:
    # a machine's commas have no space after them: "March 3, 2025" is one cell, and the MRN keeps its column
    tight = "mrn,last,seen\n4471208,Smith,March 3, 2025"
    assert [(f.type, f.text) for f in table_findings(tight)] == [(T.MRN, "4471208"), (T.NAME, "Smith")]
    # a header whose commas carry spaces and a row with one cell too many: no cell is typed by its column
    loose = "mrn, last, first\n4471208, Smith, Jr., Alan"
    assert list(table_findings(loose)) == []
