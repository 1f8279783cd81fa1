"""PHI rule classes added in tuning round 8, when sets H and I became tuning sets: each with lines that
must fire and look-alikes that must not. Names, places and codes here are fresh (no planted set uses
them); the last tests are H's and I's floors, regression guards like G's."""

from __future__ import annotations

import pytest

from bench.phi_h import h_notes
from bench.phi_i import i_notes
from bench.phi_planted import PlantedNote, evaluate
from mediflow.quality.phi import PhiType, get_scanner
from tests.support.phi import found

T = PhiType


DETECTIONS = [
    # other identifiers after a register's or a sample's word, with a code that looks like one
    ("EMS CAD 44-118203 dispatched.", T.OTHER_ID, "44-118203"),
    ("Proband (kindred Q7731) seen today.", T.OTHER_ID, "Q7731"),
    ("DOC#: T558120   HOUSING: C-12", T.OTHER_ID, "T558120"),
    ("Name: O. Marr  Emp# Z448120  Dept: ops", T.OTHER_ID, "Z448120"),
    ("Rx RQ4471208 filled today.", T.OTHER_ID, "RQ4471208"),
    ("Specimen accession: B77-1102 received.", T.OTHER_ID, "B77-1102"),
    ("Chest film, ACC QQ12-88120, read.", T.OTHER_ID, "QQ12-88120"),
    ("Consent log: study ZKL-221-8841 signed.", T.OTHER_ID, "ZKL-221-8841"),
    ("escalated / session QA8812201 / closed", T.OTHER_ID, "QA8812201"),
    ("organ offer, donor WQPR118, kidney", T.OTHER_ID, "WQPR118"),
    ("Screening no. 771-221-8841 assigned.", T.OTHER_ID, "771-221-8841"),
    ("SAE | subj 221-774-1188 | grade 2", T.OTHER_ID, "221-774-1188"),
    ("MASS CASUALTY TRIAGE TAG Q118821: RED", T.OTHER_ID, "Q118821"),
    ("Poison center case record HH2210881 opened.", T.OTHER_ID, "HH2210881"),
    ("Reference: QA-1182-TLK882\nTo the reviewer", T.OTHER_ID, "QA-1182-TLK882"),
    ("subpoena, case 4:19-cv-22018 | patient", T.OTHER_ID, "4:19-cv-22018"),
    # biometric templates named by a scan, an enrolment or a geometry
    ("Prints taken (live scan FPX-7712-QQ20).", T.BIOMETRIC, "FPX-7712-QQ20"),
    ("Canteen palm scan ID QV7712ABC44 flagged.", T.BIOMETRIC, "QV7712ABC44"),
    ("Access: hand geometry HG771220QZ. Dose badge 0.1", T.BIOMETRIC, "HG771220QZ"),
    ("Voice ID enrollment for the line: VQ5512201.", T.BIOMETRIC, "VQ5512201"),
    ("Iris enrollment IRX-Q771220 verified.", T.BIOMETRIC, "IRX-Q771220"),
    # photos whose label holds capitals or "ID"
    ("BOOKING PHOTO REF: QX-5519920   PRINTS", T.PHOTO, "QX-5519920"),
    ("Photo for ID badge on ward: QT-8812201.", T.PHOTO, "QT-8812201"),
    # ages over 89: other labels, verbs, words anywhere, other languages
    ("Admission MDS. Age on entry 97.", T.AGE, "97"),
    ("Edad: 93\nPeso: 51 kg", T.AGE, "93"),
    ("Casimir turned 103 last month.", T.AGE, "103"),
    ("grandmother Odile is alive at ninety-six; cousin", T.AGE, "ninety-six"),
    ("II-2 mother, living, 94.", T.AGE, "94"),
    ("Notiz: ninety-four Jahre alt, lebt allein", T.AGE, "ninety-four"),
    ("(I'm her caregiver, she's 97 now)", T.AGE, "97"),
    ("unk male, approx 96 y (per bystander)", T.AGE, "96"),
    # vehicles named by their kind
    ("Pt's own car QTL-4481 blocked the drive.", T.VEHICLE_ID, "QTL-4481"),
    ("ride via van 7QRT118 arranged", T.VEHICLE_ID, "7QRT118"),
    ("Aircraft N417QT diverted to Elko.", T.VEHICLE_ID, "N417QT"),
    ("Driving? not yet, car KQ 44TT stays parked.", T.VEHICLE_ID, "KQ 44TT"),
    # health plans: an abbreviated label, a plan's benefit number, Spanish and German labels
    ("Audiologist seen. Ins QW4471-22018. Fax", T.HEALTH_PLAN_ID, "QW4471-22018"),
    ("TRICARE benefit no. 7QA1-K2B-ZZ41 on file", T.HEALTH_PLAN_ID, "7QA1-K2B-ZZ41"),
    ("Núm. de afiliado (seguro): QFD118220114", T.HEALTH_PLAN_ID, "QFD118220114"),
    ("Krankenkasse Nr.: K77120988 02", T.HEALTH_PLAN_ID, "K77120988"),
    # SSN: a French label, words between the label and its colon
    ("N° SS (US): 914 22 0871", T.SSN, "914 22 0871"),
    ("daughter calls daily; SSN on 485: 917 44 2210", T.SSN, "917 44 2210"),
    # chart numbers: Spanish and French words, an HL7 PID-3
    ("Paciente: Quade, Ines   Nº historia: Q7712201", T.MRN, "Q7712201"),
    ("Patient : Ines Quade, dossier 77120988", T.MRN, "77120988"),
    (
        "MSH|^~\\&|ADT|LAB|EHR|HOSP|202311041215||ADT^A04|MSG7|P|2.5\nPID|1||Q7712201^^^HOSP^MR||QUADE^INES",
        T.MRN,
        "Q7712201",
    ),
    # licences: EMS certification, mariner credentials; an HL7 attending's ID
    ("Medic O. Marr, EMT-P Q771220; control Dr. Nye", T.LICENSE, "Q771220"),
    ("Crew: AB seaman, mariner credential 44.771022.", T.LICENSE, "44.771022"),
    ("PV1|1|I|bed 4||||1447120988^Marr^Odile", T.LICENSE, "1447120988"),
    # accounts and faxes in German and French forms; devices named by their kind
    ("Fall-Nr 55120988771\nEntnahme: 3.4.", T.ACCOUNT, "55120988771"),
    ("Destinataire : I. Quade   Téléc. : 541-555-0177", T.FAX, "541-555-0177"),
    ("Machine on; humidifier QH7712201 cleaned.", T.DEVICE_ID, "QH7712201"),
    # dates: HL7 date-times, days in words, a day and a month before a time
    ("MSH|^~\\&|ADT|LAB|EHR|HOSP|202311041215||ADT^A04", T.DATE, "202311041215"),
    ("follow-up the twenty-third of May.", T.DATE, "the twenty-third of May"),
    ("Sent: 29/04 13:15h\nSubject: refill", T.DATE, "29/04 13:15h"),
    # places: coordinates, French street names, towns shaped as places, a town after a street,
    # a ZIP after a town and a state, a field holding a town, a town before its police
    ("Found at 41.2277N 88.1021W near the bridge.", T.LOCATION, "41.2277N 88.1021W"),
    ("Home: 412 Rue des Peupliers, then", T.LOCATION, "412 Rue des Peupliers"),
    ("son flying in from North Vessaly on Nov 4", T.LOCATION, "North Vessaly"),
    ("Address given: 6880 Quill Drive, San Teodoro Alto. Cousin", T.LOCATION, "San Teodoro Alto"),
    ("at 1226 Old Mill Pike, Ashcombe Crossing, Ferris County.", T.LOCATION, "Ashcombe Crossing"),
    ("found at 7093 Moorcroft Blvd, Kittery. last seen", T.LOCATION, "Kittery"),
    ("Domicilio: 412 Calle Sol, Marquette, CP 65009-1801", T.LOCATION, "65009-1801"),
    ("Pt address 290 Quill Ave 93080. Plan", T.LOCATION, "93080"),
    ("Dispatched to 5415 Quill St (Ashcombe Crossing) for a fall.", T.LOCATION, "Ashcombe Crossing"),
    ("Domicilio: Ferrisvale.", T.LOCATION, "Ferrisvale"),
    ("Unit home station: Camp Ardmoor; deploying", T.LOCATION, "Camp Ardmoor"),
    ("booked 11/25, arrest from Quellmoor PD.", T.LOCATION, "Quellmoor"),
    ("98yo from Quellburg nursing facility, found on floor", T.LOCATION, "Quellburg"),
    # a town of several words as GeoNames writes it, dots and all
    ("Pt moved here from St. Petersburg in May.", T.LOCATION, "St. Petersburg"),
    # names: words that are also names after a person's cue, capitals in a bar-separated field or
    # after an inmate's or a decedent's label, lower-case chat names
    ("Grandson Hope on the line, will drive.", T.NAME, "Hope"),
    ("snores. Wife Rose says he pulls the mask off.", T.NAME, "Rose"),
    ("Submitting physician: Rose Rivers, NPI 1876705413", T.NAME, "Rose Rivers"),
    ("Daughters Hope and Ines at bedside.", T.NAME, "Hope"),
    ("INMATE: QUADE, FAITH   DOC#: B174583", T.NAME, "QUADE, FAITH"),
    ("Decedent: MARR, JUNE\nDOB 1930", T.NAME, "MARR, JUNE"),
    ("OASIS follow-up | PERLE, ROSE | SOC 2025-11-20", T.NAME, "PERLE, ROSE"),
    ("pt: hey its odile Quade again, the pharmacy", T.NAME, "odile"),
    ("3:05 am ottilie: hi is this the nurse line??", T.NAME, "ottilie"),
]


@pytest.mark.parametrize(("text", "phi_type", "value"), DETECTIONS)
def test_round8_rules_find(text: str, phi_type: PhiType, value: str) -> None:
    assert (phi_type, value) in found(text)


LOOK_ALIKES = [
    # a word before a short number or a date is no register's label
    ("CAD 2 vessel. study of 120 patients. Rx 5 mg. session 3 of 12. donor 2 units.", None),
    ("second session 2024-04-26 at 14:42; Prior study 08-OCT-2021 showed aspiration", T.OTHER_ID),
    ("Sleep study 20251218 reviewed.", T.OTHER_ID),
    # scores, vitals and vehicles' words without a plate
    ("Arrival by private vehicle  ESI 3\nRR 18", T.VEHICLE_ID),
    ("TRIAGE TAG DRILL 1998: RED 5, YELLOW 31", T.VEHICLE_ID),
    ("car seat test passed; van 2 days late; Aircraft cabin pressure 8000 ft", None),
    # a lens power is no device serial; pressures are no dates
    ("Implant: 21.5 D one-piece acrylic lens.", None),
    ("IOP 12/31 mmHg at rest.", None),
    # numbers in words before a unit are no ages
    ("ninety-five percent on room air; one hundred and ten milligrams daily", None),
    ("Rotated the arm: turned 90 degrees.", None),
    # form labels of other languages and device makers' models are no names
    ("Fecha: 05/14/2023\nAlergias: penicilina\nCourriel: x@example.org", T.NAME),
    ("Geburtsdatum: 22.06.1961\nAcompañante: hermana", T.NAME),
    ("Fitted Phonak Lumity RIC; Devices (Oticon Real 1 miniRITE); Starkey Genesis (RIC)", None),
    ("Tacrolimus trough 7.1; Prograf held; Seroquel 25 mg; Narcan kit given", None),
    # a field's person after a town's label; words in capitals between bars; a person after "from"
    ("Ride home: Ines Quade, who will wait in lot B.", T.LOCATION),
    ("| DAILY, PRN | x", None),
    ("Funeral home: Odile Marr, Grand Junction.", (T.LOCATION, "Odile Marr")),
    # headings in capitals with no census name; a respiratory rate is no rural route; a word in a line of
    # capitals is no town; a month after a name starts a date
    ("NEUROONCOLOGY TUMOUR CONFERENCE — minutes", None),
    ("| PICU HANDOFF | bed 2 |", None),
    ("OCCUPATIONAL HEALTH - DOT RETURN-TO-WORK", None),
    ("VS: BP 118/70 HR 104 RR 22 SpO2 95%.", None),
    ("CONSENT SCANNED IN MEDIA TAB.", None),
    ("DICTATED BY Odile Marr April 3rd", "Odile Marr April"),
    # a state after a town is no town of its own
    ("Home 77 Elm Trail, Ashcombe Crossing, Oregon 67839.", (T.LOCATION, "Oregon")),
]


@pytest.mark.parametrize(("text", "unwanted"), LOOK_ALIKES)
def test_round8_look_alikes_stay_quiet(
    text: str, unwanted: PhiType | str | tuple[PhiType, str] | None
) -> None:
    findings = found(text)
    if unwanted is None:
        assert findings == []
    elif isinstance(unwanted, tuple):
        assert unwanted not in findings
    elif isinstance(unwanted, str):
        assert all(value != unwanted for _, value in findings)
    else:
        assert all(kind is not unwanted for kind, _ in findings)


@pytest.mark.parametrize(("name", "notes"), [("H", h_notes), ("I", i_notes)])
def test_sets_h_and_i_keep_their_figures(name: str, notes: object) -> None:
    """Regression guards after round 8 (H and I are tuning sets since then; J and K are held out)."""
    assert callable(notes)
    planted: list[PlantedNote] = notes()
    result = evaluate(get_scanner().scan, planted)
    # after round 8 with the classifier retrained on A-I: H 99.10 % / 20.0 FP / 0 stray, I 97.53 / 42.2 / 0
    assert result.recall >= 0.97, name
    assert result.fp_per_1000_notes <= 50, name
    assert result.stray_per_1000_notes <= 5 and result.clean_notes_flagged == 0, name
