"""PHI rules of tuning round 24, read off the first contact of sets c (emergency and unscheduled care) and d (surgery
and the surgical specialties): EMS and registry numbers, a record number after a name in a header, the lot of a device
whose serial was read, photographs' second references, licences by their shape, and the look-alikes of those notes
(eponyms and products, a town's decision rule, node counts, clock times, Fahrenheit). Each with texts that must fire
and look-alikes that must not. The names and values here are fresh (no planted set uses them)."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from mediflow.quality.phi_rules import dea_check_digit_ok
from tests.support.phi import found, found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a name written in capitals recurs as written in the letter's prose
        ("RE: OKONKWO, JORDAN, MRN 00418822\nJordan recovered well.", T.NAME, "Jordan"),
        # a place-shaped name that is a person here: an initial, a credential after, a relation before
        ("Spouse Corin Mills at bedside.", T.NAME, "Corin Mills"),
        ("Assist: R. Mills (NPI 1588987408)", T.NAME, "R. Mills"),
        ("Dictated by Ines Falls, PA-C on the unit.", T.NAME, "Ines Falls"),
        # an encounter's number after "Enc"
        ("Pt Dana Ruiz  MRN M-4471-203  Enc ENC-2025-441872", T.ACCOUNT, "ENC-2025-441872"),
        # a spaced record number with a short last group
        ("MRN 771 204 39   bed 4", T.MRN, "771 204 39"),
        # EMS reports, incidents and registries
        ("INC 31-447120-CAD  dispatched 0412", T.OTHER_ID, "31-447120-CAD"),
        ("Medic 9, PCR E771204315, scene GCS 14", T.OTHER_ID, "E771204315"),
        ("ePCR narrative -- 5512-0038-441", T.OTHER_ID, "5512-0038-441"),
        ("MRN: HX4471203   Trauma reg: 202577104", T.OTHER_ID, "202577104"),
        ("Coordinator: B. Ansah.  GWTG record 551-207.", T.OTHER_ID, "551-207"),
        ("NHSN event EV7712045; readmitted", T.OTHER_ID, "EV7712045"),
        # a surgical pathology accession with its part's letter, or its year first
        ("Specimen C: node, cystic  S25-41187-C", T.OTHER_ID, "S25-41187-C"),
        ("Specimen: to path (25SP77120)", T.OTHER_ID, "25SP77120"),
        # the lot of the device whose serial was just read; a UDI as a scanner reads it
        ("Mesh implanted: serial QXT44120, lot 71K2203-18.", T.DEVICE_ID, "71K2203-18"),
        ("limb  SN TRV220419H  lot L5520381", T.DEVICE_ID, "L5520381"),
        ("stem,01008875172204411728031521ZKQ77120", T.DEVICE_ID, "01008875172204411728031521ZKQ77120"),
        # a photograph's code after a photo's or a face's words, and its second reference
        ("Photo from registration (QRX4471203) sent to security", T.PHOTO, "QRX4471203"),
        ("Face images for graft planning: MI4471203", T.PHOTO, "MI4471203"),
        ("documentation of facial abrasions: DSC55120.jpg, MI5512047.", T.PHOTO, "MI5512047"),
        ("face_lat.jpg saved to burn media (CP-55120).", T.PHOTO, "CP-55120"),
        # a plan's number after "Insurance:" and the payer's name
        ("Insurance: Ambetter ID 771204419B Group GRP55120", T.HEALTH_PLAN_ID, "771204419B"),
        # a call-back number; a fax to a named person whose middle initial ends no sentence
        ("Caller: Ines Roy (self), cb # 4135550187", T.PHONE, "4135550187"),
        ("Fax to the shelter, attn Maru T. Hale: 413/555-0166.", T.FAX, "413/555-0166"),
        # Australia's landlines and mobiles
        ("Contact Nell Ashby 03 7010 5512.", T.PHONE, "03 7010 5512"),
        ("Mobile 0412 778 120", T.PHONE, "0412 778 120"),
        # a palm's, a retina's or a vein pattern's id
        ("Identification: PatientSecure palm ID PALM4471203; photo on file", T.BIOMETRIC, "PALM4471203"),
        ("Retina ID RT-0077-41", T.BIOMETRIC, "RT-0077-41"),
        ("Vein pattern ID VP-5512", T.BIOMETRIC, "VP-5512"),
        # "ninety" alone after a person and a verb
        ("Patient, who is ninety, wants to go home.", T.AGE, "ninety"),
        # a ZIP after a state as newspapers abbreviate it
        (
            "Address: 12 Kestrel Way, Orchard Park, Mich. 48177",
            T.LOCATION,
            "12 Kestrel Way, Orchard Park, Mich. 48177",
        ),
        ("Mailing ZIP: Mich. 48177", T.LOCATION, "48177"),
    ],
)
def test_round_24_fires(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # after the classifier's review, and the passes after it: a record number after a name, licences by shape
        ("graft check POD 4 -- Ines Okafor, 004471203", T.MRN, "004471203"),
        ("Solon A. Reyes / M-5512-044 / 3/9/51", T.MRN, "M-5512-044"),
        ("OKAFOR, INES / 771 204 39 / 12 Kestrel Way", T.MRN, "771 204 39"),
        ("Referring ED MD Nell Ashby. DEA on Rx AB1234563.", T.LICENSE, "AB1234563"),
        ("MEDIC Hale, R. #NRP4471203", T.LICENSE, "NRP4471203"),
        ("Facial injuries photographed (full-face series QRX5512047).", T.PHOTO, "QRX5512047"),
    ],
)
def test_round_24_fires_in_the_default_scanner(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a town with its own place word stays a town; a place-first phrase after a relation stays a place
        ("Moved to Easton Mills last spring.", T.NAME, "Easton Mills"),
        ("Parent: San Lorenzo Nursing & Rehabilitation Center", T.NAME, "San Lorenzo"),
        # an EMS agency's number is an organisation's; a lab test named PCR is no report
        ("Units Medic 3 and Engine 7 bill under agency #EMS-441.", T.OTHER_ID, "EMS-441"),
        ("COVID PCR negative twice; PCR repeated 3 days ago.", T.OTHER_ID, "3"),
        # "Enc" before a short code or a diagnosis code
        ("Enc E11.9 diabetes follow-up", T.ACCOUNT, "E11.9"),
        # a pipe-delimited row's code after a name keeps its column's reading (a user's id, a date of birth)
        ("AUDIT|2025-02-11 10:04:23|OKAFOR^INES|W44120|READ|PATIENT", T.MRN, "W44120"),
        ("XZ-11220  |Reyes, Solon A.|06161964   |24383366|DRUG", T.MRN, "06161964"),
        # a name and a local phone or a date after a slash, no record number
        ("Nell Ashby / 2025-03-11 / follow up", T.MRN, "2025-03-11"),
        # a stock item's lot, no serial before it
        ("Consumables (not registry): LOT: NF7712; lot 41B7703", T.DEVICE_ID, "41B7703"),
        # a voiceprint's code with a letter after its digits stays biometric, no accession
        ("Voiceprint ........ VX31-2207-K   score 0.58", T.OTHER_ID, "VX31-2207-K"),
        # eponyms, products, a town's decision rule or scale
        ("Exam: McBurney point tenderness; Ludwig angina ruled out.", T.NAME, "McBurney"),
        ("Critical view obtained in Calot's triangle.", T.NAME, "Calot"),
        ("open Lichtenstein inguinal hernia repair", T.NAME, "Lichtenstein"),
        ("Pouch: 2-pc, Eakin barrier ring.", T.NAME, "Eakin"),
        ("San Francisco syncope rule not applicable.", T.LOCATION, "San Francisco"),
        ("repair with 20 x 25 cm Strattice, CPT 44205", T.NAME, "Strattice"),
        ("Closure: 3-0 Maxon running.", T.NAME, "Maxon"),
        # a lymph node count, a temperature in Fahrenheit, no dates or ages
        ("Final pathology pT2N1, sentinel nodes 3/23.", T.DATE, "3/23"),
        ("Return for fever > 101 F or a stiff neck.", T.AGE, "101"),
        ("HR is ninety over sixty.", T.AGE, "ninety"),
        # a middle initial's full stop is no phone label; a clock time is no postcode
        ("Fax 555-222-1234, attn Hope C. Mazur", T.PHONE, "555-222-1234"),
    ],
)
def test_round_24_look_alikes_do_not_fire(text: str, kind: PhiType, value: str) -> None:
    assert [v for k, v in found_by_rules(text) if k is kind and value in v] == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # the classifier's own spans, checked: two digits of a record number, clock times, a month, a node count
        ("OKAFOR, INES / 771 204 39 / 12 Kestrel Way", T.PHONE, "39"),
        ("Arrival 2339  Surgeon at bedside 2102  To CT 0603", T.LOCATION, "2102"),
        ("Arrival 2339  Surgeon at bedside 2102  To CT 0603", T.LOCATION, "0603"),
        ("Moved to Dayton in May.", T.LOCATION, "May"),
        ("adenocarcinoma, nodes 1/23, margins negative.", T.DATE, "1/23"),
        ("Return for fever > 101 F or a stiff neck.", T.AGE, "101"),
    ],
)
def test_round_24_look_alikes_do_not_fire_in_the_default_scanner(
    text: str, kind: PhiType, value: str
) -> None:
    assert [v for k, v in found(text) if k is kind and value in v] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a product's cue that is no product's: an emergency contact's number, a verbal order's prescriber, a parcel's
        # addressee
        ("EMERGENCY #2: Tova Park   (412)555-0108", "Tova"),
        ("Nurse states verbal order from Featherstone QZ during the code.", "Featherstone"),
        ("Ship to: TOVA WREN\n 5011 RIDGEVIEW TERRACE", "TOVA WREN"),
    ],
)
def test_round_24_names_after_look_alike_cues_stay(text: str, name: str) -> None:
    assert any(k is T.NAME and name in v for k, v in found(text))


def test_round_24_australian_postcode_after_its_state_stays() -> None:
    # a clock time's shape is a postcode after an Australian state's code
    assert (T.LOCATION, "2150") in found("12 Smith St, Parramatta NSW 2150")


def test_dea_check_digit() -> None:
    assert dea_check_digit_ok("AB1234563")
    assert not dea_check_digit_ok("AB1234564")
    assert not dea_check_digit_ok("A12345678")
    assert not dea_check_digit_ok("AB123456")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a street with its suffix after "near" or a scene's label, two after a scene's label
        ("Found wandering near Kestrel St; brought in by a neighbour.", T.LOCATION, "Kestrel St"),
        ("Scene: Tamarack Rd at Juniper Blvd, Cedar Bluff.", T.LOCATION, "Tamarack Rd at Juniper Blvd"),
        # an unidentified patient's temporary number
        ("UNKNOWN, OSPREY  temp H774120  Bay 6", T.MRN, "H774120"),
        ("Temporary MRN: TX55120", T.MRN, "TX55120"),
    ],
)
def test_round_24_streets_and_temporary_numbers(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


def test_round_24_a_temperature_is_no_temporary_number() -> None:
    assert [v for k, v in found_by_rules("temp 38.2 C, temp 101.3F, Temp: 99.1") if k is T.MRN] == []
    # nor a temporary card's or id's number
    assert [v for k, v in found_by_rules("RMA card pending, temp # 7713660421.") if k is T.MRN] == []
