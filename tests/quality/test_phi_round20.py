"""PHI rules added in tuning round 20 (sets 5 and 6 tuned on since; N, O, Z, 3 and 4 stay held out). Each with
texts that must fire and look-alikes that must not. The names and values here are fresh (no planted set uses
them)."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from tests.support.phi import found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a DICOM study's UID without its label, in a dump's brackets or after a header's dots
        (
            "(0020,000D) UI [1.2.840.113619.2.5571093344.2210.7730415562.41]  # StudyInstanceUID",
            T.OTHER_ID,
            "1.2.840.113619.2.5571093344.2210.7730415562.41",
        ),
        (
            "StudyInstanceUID ... 1.2.840.114350.3.2049981735.1174.2209881064.310",
            T.OTHER_ID,
            "1.2.840.114350.3.2049981735.1174.2209881064.310",
        ),
        # a clinician's NPI in brackets after the name and credential, or after a reader's name
        ("Odalys Brenneman, NP, Hospice Liaison (1540613589)", T.LICENSE, "1540613589"),
        ("Reader: Quennell, Tobiah  (2182913907)", T.LICENSE, "2182913907"),
        # a video visit's meeting or session number
        (
            "platform link https://meet.example.org/r/qx7; session 318 4470 2291; far-end IP 10.2.3.4",
            T.OTHER_ID,
            "318 4470 2291",
        ),
        ("Zoom Meeting ID: 841 226 5930  Passcode: 7712", T.OTHER_ID, "841 226 5930"),
        ("Encounter 4471209; meeting TV-Q7RZ20KA; link below", T.OTHER_ID, "TV-Q7RZ20KA"),
        # an Android device's ID, a home monitor's serial, a loaner's, a return log's serials
        (
            "os: Android 14 / android-3fa0c9d21b7e5a64 / last_sync 09:14",
            T.DEVICE_ID,
            "android-3fa0c9d21b7e5a64",
        ),
        ("Devices: cuff 55102934KM (HEM-7156T, fw 1.0.44); oximeter PX4419207", T.DEVICE_ID, "55102934KM"),
        ("Devices: cuff 55102934KM (HEM-7156T, fw 1.0.44); oximeter PX4419207", T.DEVICE_ID, "PX4419207"),
        ("Kit: tablet, loaner ID 7730-1184-52 (shipped 3/2)", T.DEVICE_ID, "7730-1184-52"),
        ("serials_in: QF21-77KD0P4 / serials_out: HZT5518820", T.DEVICE_ID, "HZT5518820"),
        # a chart number after "MR" in dashes or spaced threes, and after a word in brackets
        ("11:02  QUENNELL, ODALYS  MR 48-207-915  init soft limbs", T.MRN, "48-207-915"),
        ("BRENNEMAN, TOBIAH  MR 512 880 046  20240307", T.MRN, "512 880 046"),
        ("Pt: Odalys Quennell, DOB 2/9/1951, MRN (local) 552104-7 / Neuro", T.MRN, "552104-7"),
        # a photo's code in brackets, after "photo record", "photo-on-file", "photo captured"
        ("Face sheet + photo (FS-PHOTO-448120) received", T.PHOTO, "FS-PHOTO-448120"),
        ("Images to be released: photo record MX-24-55190 (face, 4 images)", T.PHOTO, "MX-24-55190"),
        ("accepted /   photo-on-file MX-26-10442 shown to the patient", T.PHOTO, "MX-26-10442"),
        ("palm scan done; photo captured PH55102847 at kiosk", T.PHOTO, "PH55102847"),
        # a biometric template's code after "bio" or "finger"
        ("Omnicell override bio IRIS-5510928 by RN", T.BIOMETRIC, "IRIS-5510928"),
        ("Templates: palm PV-7720194; finger TPL-33091847", T.BIOMETRIC, "TPL-33091847"),
    ],
)
def test_round_20_finds(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # DICOM's own UIDs (a SOP class, a transfer syntax) and a version name no one
        ("SOPClassUID ........ 1.2.840.10008.5.1.4.1.1.2  TransferSyntax 1.2.840.10008.1.2.1", None),
        ("firmware 1.2.3.4.5.6.7 installed", None),
        # ten digits in brackets: a phone after a name, an NPI's shape without its check digit
        ("Call Odalys Quennell (2237601261) after 5", "2237601261"),
        ("Tobiah Brenneman, MD (2435778913)", "2435778913"),
        # a session's count, a meeting's room
        ("conference session 3 of 12 in meeting room 4", None),
        # a camera's file name in brackets after a photo's word (a wound's, no face)
        ("photo (DSC_0412.JPG) of the ulcer", "DSC_0412.JPG"),
        # scores and the national sepsis measure
        ("qSOFA 2/3. SIRS 3/4. CURB-65 2/5. Sepsis alert fired.", None),
        ("CMS SEP-1 bundle met; SEP-1 BUNDLE ABSTRACTION complete", None),
        # "MR" as mitral regurgitation
        ("Echo: MR 2+, TR mild; MR severe on prior", None),
    ],
)
def test_round_20_look_alikes_stay_clean(text: str, value: str | None) -> None:
    found = found_by_rules(text)
    if value is None:
        assert [f for f in found if f[0] is not T.NAME] == [], found
    else:
        assert (T.LICENSE, value) not in found and (T.PHOTO, value) not in found, found


def test_a_bed_in_a_persons_row_is_no_identifier() -> None:
    text = "bed_id|unit|status|pt_name|mrn\n4417-W|5 North PCU|OCCUPIED|Quennell,Odalys|M5502184\n"
    found = found_by_rules(text)
    assert (T.OTHER_ID, "M5502184") in found or (T.MRN, "M5502184") in found
    assert not [v for _, v in found if v == "4417-W"]


@pytest.mark.parametrize(
    "text",
    [
        "Camera: Nikon D7500, ring flash, polarised",
        "Optos Daytona ultra-widefield; Topcon NW400 backup",
        "Impella CP placed; Xience stent x2 to the LAD",
    ],
)
def test_a_device_makers_name_and_its_model_are_no_persons(text: str) -> None:
    assert found_by_rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "DRUG TESTING CUSTODY AND CONTROL FORM   Federal CCF (rev. 08/2023)",
        "OSHA's Form 300 (Rev. 01/2004) posted in the break room",
        "Counts correct x2 per P&P 7.04.22; QBL 820 mL",
    ],
)
def test_a_forms_edition_and_a_policys_number_are_no_dates(text: str) -> None:
    assert [f for f in found_by_rules(text) if f[0] is T.DATE] == []


def test_a_date_after_a_revision_is_still_a_date_when_it_is_a_day() -> None:
    assert (T.DATE, "3/15/2024") in found_by_rules("Admitted 3/14/2024, revised 3/15/2024 after review")


def test_a_word_without_a_vowel_is_an_abbreviation_not_a_name() -> None:
    from mediflow.quality import phi_lexicon as lex

    assert not lex.name_shaped("Grp") and not lex.name_shaped("Bldg") and not lex.name_shaped("Mgmt")
    # accents read apart, capitals may be initials
    assert (
        lex.name_shaped("Trần")
        and lex.name_shaped("Phạm")
        and lex.name_shaped("Bjørn")
        and lex.name_shaped("Tesfaye")
    )
    assert not [v for k, v in found_by_rules("Plan: CHIP-9776-01003  Grp GRP-5Z6ZU") if k is T.NAME]


@pytest.mark.parametrize(
    ("text", "model", "serial"),
    [
        ("MRN 5510928 / Recorder QX-810 SN ZR-7T4PQ1182   Hookup 3/2", "QX-810", "ZR-7T4PQ1182"),
        ("Devices issued: BP cuff KM7750 SN 41902284LG (fw 4.6.1)", "KM7750", "41902284LG"),
    ],
)
def test_a_devices_model_before_its_serial_is_no_identifier(text: str, model: str, serial: str) -> None:
    found = found_by_rules(text)
    assert (T.DEVICE_ID, serial) in found
    assert not [v for _, v in found if v == model]


def test_a_camera_file_of_a_body_part_is_no_face() -> None:
    text = "ID photo PH-5510928 (full face) plus close-ups of the left shin (DSC_0417.JPG, 640x480)."
    found = found_by_rules(text)
    assert (T.PHOTO, "PH-5510928") in found
    assert not [v for _, v in found if v == "DSC_0417.JPG"]
    assert (T.PHOTO, "IMG_5510.jpg") in found_by_rules("Profile picture saved as IMG_5510.jpg for the chart")


def test_a_units_and_a_ventilators_words_are_nothing_at_all() -> None:
    assert found_by_rules("Transfer to 6 East Med-Surg bed 12. Pplat 28, PEEP 8.") == []


# A review's sentences (a helper's read of round 20): what the first versions got wrong.
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # ten digits in brackets that dial as a phone stay a phone without a clinician's credential or role
        ("Tobiah Brenneman, MD (4125550101)", T.PHONE, "4125550101"),
        ("Odalys Quennell, Philadelphia, PA (2155550108)", T.PHONE, "2155550108"),
        ("Eye exam: OD (4125550101)", T.PHONE, "4125550101"),
        ("DO NOT CALL daughter Odalys Quennell (4125550101)", T.PHONE, "4125550101"),
        ("Home: 12 Oak Dr (4125550101)", T.PHONE, "4125550101"),
        # a day after "rev." or "revision", a month and year after "revision", are dates
        ("Seen 3/14; plan rev. 3/15", T.DATE, "3/15"),
        ("s/p R TKA 2015, revision 06/2019", T.DATE, "06/2019"),
        # a surname or a word before a date is no score's name
        ("Follow-up with Dr. Wells 3/15 in clinic", T.DATE, "3/15"),
        ("Good news 3/15", T.DATE, "3/15"),
        # an identifier's label before a serial keeps the device's code
        ("Phone IMEI 356938035643809, SN R58M12ABCDE", T.DEVICE_ID, "356938035643809"),
        ("Device ID 55102934KM, serial no. 7788123", T.DEVICE_ID, "55102934KM"),
        # a person's protocol is still a person
        ("Labs drawn per Odalys Quennell protocol.", T.NAME, "Odalys Quennell"),
        # an ID photo after a wound's word is still a face
        ("Wound care done. Pt ID photo IMG_4462.JPG uploaded", T.PHOTO, "IMG_4462.JPG"),
        ("Rash improved; wristband photo IMG_4462.JPG on file", T.PHOTO, "IMG_4462.JPG"),
        # a UID that ends a sentence
        ("Study 1.2.840.113619.2.55.3.2831164355.763.", T.OTHER_ID, "1.2.840.113619.2.55.3.2831164355.763"),
    ],
)
def test_round_20_review_variants(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


def test_a_year_in_brackets_after_a_photo_is_no_photo() -> None:
    assert found_by_rules("ID photo (2019) on file, needs update") == []
