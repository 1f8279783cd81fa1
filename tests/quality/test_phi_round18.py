"""PHI rules added in tuning round 18 (on the tuning sets, X and Y the newest; N and O stay held out). Each
with texts that must fire and look-alikes that must not. The names and values here are fresh (no planted set
uses them)."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from tests.support.phi import found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a bracketed number after a staff member's name is an employee's or a user's ID
        (
            "Verifier 1: Orla B. Quayle (582214)      Verifier 2: Tobias Renner (E771402)",
            T.OTHER_ID,
            "582214",
        ),
        (
            "Verifier 1: Orla B. Quayle (582214)      Verifier 2: Tobias Renner (E771402)",
            T.OTHER_ID,
            "E771402",
        ),
        (
            "Specimen collected 3/4/25 09:12 by Marta Lindgren (B6620193) -- seal intact",
            T.OTHER_ID,
            "B6620193",
        ),
        ("Compounder Yusra Halloran (E604418)   Verifying RPh Dev Malhotra", T.OTHER_ID, "E604418"),
        ("Thanks, Rosalind Achebe (703318).", T.OTHER_ID, "703318"),
        ("MERGE approved by Ingrid Solberg (U5531902)", T.OTHER_ID, "U5531902"),
        ("replaced; biomed Pavel Dudek (EMP-44190); ref REF 3301", T.OTHER_ID, "EMP-44190"),
        # after a patient's name it is the chart's, in its other shapes too
        ("EGD for Rosalind Achebe (KQ-448120) moved to Friday", T.MRN, "KQ-448120"),
        ("Override for Quayle, Orla (R77014):", T.MRN, "R77014"),
        # a list's or a log's row: "Last, First", then the chart number between wide gaps
        ("1. RENNER, TOBIAS  M4471920  ERCP 2/3/2026  call 1-302-555-0147", T.MRN, "M4471920"),
        ("0712  A55120931  Lindgren, Marta  33-81407  no contrast  120 kVp", T.MRN, "33-81407"),
        ("Halloran, Yusra K.  E600218354", T.MRN, "E600218354"),
    ],
)
def test_a_number_right_after_a_name_is_typed_by_whose_name_it_is(
    text: str, kind: PhiType, value: str
) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lindgren, Marta  19650412  F", "19650412"),  # a birth date written as eight digits
        ("St. John, Virgil      RX61738399    divalproex 250 mg", "RX61738399"),  # a prescription's number
        ("Renner, Tobias  302 555 0147", "302 555 0147"),
    ],
)
def test_a_row_after_a_name_types_no_chart_number_that_is_something_else(text: str, value: str) -> None:
    assert not [f for f in found_by_rules(text) if f[0] is T.MRN and f[1] == value]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # an order's, an authorisation's and a DICOM study's number after its label
        ("Message ctrl Q4471092T; placer order 630118427.", T.OTHER_ID, "630118427"),
        ("MR PROTOCOL SHEET   Order IMG-5521083   Priority STAT", T.OTHER_ID, "IMG-5521083"),
        ("Barrier: SNF auth K7QPWRTZLMNB, accepting facility pending", T.OTHER_ID, "K7QPWRTZLMNB"),
        ("grp 04412-118   Auth ref XQ2BRTPLKWMV", T.OTHER_ID, "XQ2BRTPLKWMV"),
        ("Prior auth R4TT9XW2LQ80 for the MRI", T.OTHER_ID, "R4TT9XW2LQ80"),
        ("Study UID 1.2.840.55120.3.440918.2209917734", T.OTHER_ID, "1.2.840.55120.3.440918.2209917734"),
        # a blood unit's ISBT 128 donation number after its word, with its "=" or without
        ("Unit(s): =W04412609981200 (irradiated RBC), started 14:20", T.OTHER_ID, "=W04412609981200"),
        ("recipient reacted to component W771526004418 at 02:10", T.OTHER_ID, "W771526004418"),
        ("Unit no. W0441 25 118203   Component: FFP", T.OTHER_ID, "W0441 25 118203"),
        # an HL7 field named in prose, a record merged away, a wristband's scan
        ("PID-3 KQ-550219  PID-18 V55201873344", T.MRN, "KQ-550219"),
        ("PID-3 KQ-550219  PID-18 V55201873344", T.ACCOUNT, "V55201873344"),
        ("SSN matches old record 44-71920 (merged)", T.MRN, "44-71920"),
        ("label read MRN 559012874, band read 00412289", T.MRN, "00412289"),
    ],
)
def test_a_labelled_order_authorisation_unit_or_record_number_is_found(
    text: str, kind: PhiType, value: str
) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "court order 12345678 on file; no active order 22213",
        "Order 2 of 3 given; order set 4411 v2",
        "Unit no. 3304417",  # a hospital's unit number stays a chart number (below)
        "Prior auth required for MRI; auth code pending",
        "Study UID missing from the header",
    ],
)
def test_their_look_alikes_are_no_order_or_unit_number(text: str) -> None:
    assert not [f for f in found_by_rules(text) if f[0] is T.OTHER_ID]


def test_a_unit_number_that_is_no_donation_number_stays_a_chart_number() -> None:
    assert (T.MRN, "3304417") in found_by_rules("Unit no. 3304417")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a local number after its cue: "# is", a call's "from", "called triage", a "#:" field
        ("the clinic # is 555-0171. her chart # 00448120 if they ask", T.PHONE, "555-0171"),
        ("my cardiologist's office # is\n555-0163 but nobody answers.", T.PHONE, "555-0163"),
        ("14 Mar 2025 07:12 FROM 555-0148: Hi Dev, this is Orla", T.PHONE, "555-0148"),
        ("chest tight, called triage 555-0139        | Rosalind", T.PHONE, "555-0139"),
        ("Caller: Orla Quayle (son)   Best #: 555-0152   Alt: 1-302-555-0176", T.PHONE, "555-0152"),
        # a fax's verb reaches the number after its addressee or a place's word
        ("Please fax a copy to my doctor Tobias Renner: (302)555-0117", T.FAX, "(302)555-0117"),
        ("Fax records to 2nd opinion office: 415-555-0168", T.FAX, "415-555-0168"),
        # an age over 89 said by the person, or of a relative
        ("I, DEV MALHOTRA, born March 2, 1933, am 92 and of sound mind.", T.AGE, "92"),
        ("mother died at 70; father lived to 97", T.AGE, "97"),
        ("I'm 94 and still drive", T.AGE, "94"),
    ],
)
def test_a_phone_fax_or_age_after_its_cue_is_found(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a place's word after a fax's number is a phone's label again
        ("fax results 302-555-0118, office (415) 555-0142.", T.PHONE, "(415) 555-0142"),
        ("fax results 302-555-0118, office (415) 555-0142.", T.FAX, "302-555-0118"),
    ],
)
def test_a_fax_and_an_office_number_on_one_line_keep_their_kinds(
    text: str, kind: PhiType, value: str
) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "I am 95 percent sure it helped",
        "range from 150-4000 cells",
        "I am 92 kg now, down from 98",
        "AM 92 fasting, PM 140",
    ],
)
def test_their_look_alikes_are_no_phone_or_age(text: str) -> None:
    assert not [f for f in found_by_rules(text) if f[0] in (T.PHONE, T.AGE)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a template's code by its prefix, whatever its characters, after a biometric cue
        ("Omnicell override by fingerprint FP-TMPL-QWRTZK (Dev) for morphine 2 mg.", "FP-TMPL-QWRTZK"),
        ("Check-in: palm scan IRIS-KRWPLMAZ OK; chairside photo taken", "IRIS-KRWPLMAZ"),
        ("relief Orla Quayle CRNA; Pyxis bio-ID FP-TMPL-7Q2W9E.", "FP-TMPL-7Q2W9E"),
        ("DoseEdge bio-login PVT5530291177  ws 10.2.3.4", "PVT5530291177"),
        # a template's number in spaced threes, an enrolment's reference, the cue on the line before
        ("App lock: fingerprint template TMPL 441 907.", "TMPL 441 907"),
        (
            "we opted out of the cafeteria finger-scan (scan ID TMPL 772 015 should be deleted)",
            "TMPL 772 015",
        ),
        ("delete the voiceprint your phone line made of me (enrolment ref VP-55120-K).", "VP-55120-K"),
        (
            "I can't use the fingerprint time clock (eczema);\n    HR can delete my template FPT-4471902",
            "FPT-4471902",
        ),
    ],
)
def test_a_biometric_template_is_found(text: str, value: str) -> None:
    assert (T.BIOMETRIC, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "ordered an iris scan for 2024; retina 20/20",
        "template v2.1 updated; form TMPL-2",
        "HR template for leave requests, FMLA 2 of 3\nscan ID badge at the door",
    ],
)
def test_their_look_alikes_are_no_template(text: str) -> None:
    assert not [f for f in found_by_rules(text) if f[0] is T.BIOMETRIC]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a plan's number after "Ins ID", "insurance (policy", or "member ID is" and a line break
        ("Home: 18 Quill Lane\nIns ID 441 907 226   Medicaid 5520917734", T.HEALTH_PLAN_ID, "441 907 226"),
        ("costs $880/month even with insurance (policy 118 402 665).", T.HEALTH_PLAN_ID, "118 402 665"),
        (
            "Our insurance member ID is\nKQM550219834 and the claim no. is 7712034",
            T.HEALTH_PLAN_ID,
            "KQM550219834",
        ),
        # a face's file: a profile's, a camera's named as a portrait, one named for a face
        ("Profile pic: profile_q7wz2k.jpg", T.PHOTO, "profile_q7wz2k.jpg"),
        ("03 DSC_4471.JPG - close-up portrait for the easel", T.PHOTO, "DSC_4471.JPG"),
        (
            "slideshow .......... (cover image tobias_renner_headshot.png)",
            T.PHOTO,
            "tobias_renner_headshot.png",
        ),
        # a plate after a car's make, a notary's commission, an SSN after "Social:"
        ("I'm in the lot, blue Toyota 7KQ 2281, which door?", T.VEHICLE_ID, "7KQ 2281"),
        ("Notary: Orla Quayle  Commission No. 44-120938  expires 2027-01-31", T.LICENSE, "44-120938"),
        ("Emergency contact: Dev (son). Social: 518 22 0937", T.SSN, "518 22 0937"),
    ],
)
def test_a_plan_photo_plate_commission_or_ssn_as_people_write_them_is_found(
    text: str, kind: PhiType, value: str
) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("per Policy SEC-114; the Ford Foundation grant 2024", (T.HEALTH_PLAN_ID, T.VEHICLE_ID)),
        ("Medicaid secundario: VW30262K vigente", (T.VEHICLE_ID,)),
        ("wound photo IMG_2231.jpg - close-up of the heel ulcer", (T.PHOTO,)),
        ("Social: lives with wife, 2 dogs; 20 pack-years", (T.SSN,)),
        ("Commission on Accreditation standard 4.2", (T.LICENSE,)),
    ],
)
def test_their_look_alikes_are_none_of_these(text: str, kinds: tuple[PhiType, ...]) -> None:
    assert not [f for f in found_by_rules(text) if f[0] in kinds]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a device's serial after a maker's name, an implant's lot, a UDI's GS1 string in full
        ("Machine Fresenius SN 5520918   Dialyzer Optiflux 180", T.DEVICE_ID, "5520918"),
        ("Implant lot QK7TW2M9LX was used before the BI result", T.DEVICE_ID, "QK7TW2M9LX"),
        (
            "Stent implanted 3.0 x 18 UDI 010884411209771521QW7TX2LM9",
            T.DEVICE_ID,
            "010884411209771521QW7TX2LM9",
        ),
        # an SSN after "SSN/ID", a certification's number with its board's prefix
        ("Donor: REYES, ANA   DOB 2/3/1931   SSN/ID 518220937", T.SSN, "518220937"),
        ("received 4/2/25 by Orla Quayle (CRCST CBSPD 5520917)", T.LICENSE, "CBSPD 5520917"),
        ("Released by Renner, Tobias CCP-44120.", T.LICENSE, "CCP-44120"),
        # ten digits with an NPI's check digit after a physician's role
        ("Nephrologist Orla Quayle (1234567893); RN Dev Malhotra", T.LICENSE, "1234567893"),
    ],
)
def test_a_device_ssn_or_credential_number_is_found(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


def test_ten_digits_without_an_npi_check_digit_stay_what_they_were() -> None:
    found = found_by_rules("Nephrologist Orla Quayle (1234567890); RN Dev Malhotra")
    assert (T.LICENSE, "1234567890") not in found


def test_hl7_scheduling_segments_read_the_personnel_and_the_type_code_in_the_authority() -> None:
    text = (
        "MSH|^~\\&|OR|MAIN|||202501010923||SIU^S12|Q7094944T|P|2.5.1\n"
        "PID|1||4471920^^^MRN~518-22-0937^^^SS||QUAYLE^ORLA^B||19410203|F\n"
        "AIP|1||1234567893^RENNER^TOBIAS^K|SURGEON\n"
        "NTE|1||callback RENNER^TOBIAS^K"
    )
    found = found_by_rules(text)
    assert (T.SSN, "518-22-0937") in found
    assert (T.LICENSE, "1234567893") in found
    assert (T.NAME, "RENNER^TOBIAS^K") in found
    # the name's recurrence in another segment is one name, as the message writes it
    assert [f for f in found if f[0] is T.NAME and f[1].startswith("RENNER")] == [
        (T.NAME, "RENNER^TOBIAS^K")
    ] * 2


@pytest.mark.parametrize(
    ("value", "ok"), [("245", False), ("7712", False), ("492 KNH", True), ("55120", True), ("AB-12", True)]
)
def test_a_plate_the_classifier_adds_holds_a_letter_or_five_characters(value: str, ok: bool) -> None:
    from mediflow.quality.phi_guard import plausible
    from mediflow.quality.phi_types import PhiFinding

    text = f"plate {value} seen"
    finding = PhiFinding(T.VEHICLE_ID, 6, 6 + len(value), value, 0.5, "model")
    assert plausible(text, finding) is ok


def test_no_veto_drops_a_name_the_rules_read_in_quotes() -> None:
    from mediflow.quality.phi_model import load_tagger
    from mediflow.quality.phi_types import PhiFinding

    text = 'Resident (goes by "Dodo") ate 50 %.'
    rule = PhiFinding(T.NAME, 19, 23, "Dodo", 0.75, "rule")
    tagger = load_tagger()
    vetoes_everything = type(tagger)(tagger.features, tagger.weights, tagger.thresholds, {T.NAME: -1e9})
    assert rule in vetoes_everything.review(text, [rule])
    unquoted = "Resident goes by Dodo today."
    other = PhiFinding(T.NAME, 17, 21, "Dodo", 0.75, "rule")
    assert other not in vetoes_everything.review(unquoted, [other])
