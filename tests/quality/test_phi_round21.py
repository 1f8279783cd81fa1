"""PHI rules of tuning round 21, read off the first contact of sets 7 (laboratory medicine) and 8 (pharmacy): lists
and shapes that hold for any laboratory or pharmacy text, not one author's labels. Each with texts that must fire and
look-alikes that must not. The names and values here are fresh (no planted set uses them)."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from tests.support.phi import found, found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a laboratory's credential after a name, then its certificate's number
        ("Screened by: Odalys Brenneman, CT(ASCP) #551902   Reviewed: T. Quennell, MD", T.LICENSE, "551902"),
        ("Verified by Tobiah Ferrante, MLS(ASCP)CM 4471902 on 3/2", T.LICENSE, "4471902"),
        # an OCR'd "NPI" with a small l, right before its number
        ("Prescriber O. Brenneman  NPl 1184629909 / Drug requested", T.LICENSE, "1184629909"),
        # a biometric template after "voice-auth", "thumb scan", "bioID", "PalmSecure id", a palm's code in digits
        ("login recorded from 98.12.4.7, voice-auth VP-ENR-551902.", T.BIOMETRIC, "VP-ENR-551902"),
        ("witnessed; biometric thumb scan TS-QRMX4471 on file", T.BIOMETRIC, "TS-QRMX4471"),
        ("Login method: bioID BIO55109273 / override", T.BIOMETRIC, "BIO55109273"),
        ("biometric_enroll=PalmSecure id 5510-4QXT|photo_ref=none", T.BIOMETRIC, "5510-4QXT"),
        ("DL 551 902 733 / palm 4471-90QZ  TBQ  3", T.BIOMETRIC, "4471-90QZ"),
        # a fingerprint's hash in lower-case hexadecimal after its cue
        ("override: fingerprint FP-ab3cd9ef by RN", T.BIOMETRIC, "FP-ab3cd9ef"),
    ],
)
def test_round_21_finds(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # a genus before a Latin epithet with a wider ending: an organism, no person
        "Blood culture: Burkholderia cepacia complex, TTP 9.3 h",
        ">100,000 CFU/mL Stenotrophomonas maltophilia; CTX-M detected",
        "ANTIBIOGRAM 2024 - Listeria monocytogenes (n = 21 isolates)",
        # a laboratory analyser's maker and product line, a maker that is also a surname before its product
        "Rapid ID (Roche cobas 8000): gram-negative rods",
        "Instrument Bruker MALDI Biotyper; CPT 87077",
        "Analyzer: Sysmex XN-1000; QC in range",
        # an eponym before a condition's or a procedure's word by its ending
        "status post Billroth gastrectomy in 2009",
        "I agree this is Waldenstrom macroglobulinemia",
        # "T. Bili" is total bilirubin
        "Level 1 lot QC7543B: T. Bili SDI -1.20, CV 2.9%",
    ],
)
def test_round_21_look_alikes_stay_clean(text: str) -> None:
    assert [f for f in found_by_rules(text) if f[0] in (T.NAME, T.LOCATION)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person before a lower-case word that ends like an epithet: the genus must be one word, in no census list
        ("visitor Idonea Brenneman became agitated in the lobby", "Idonea Brenneman"),
        ("Stampato 25.11.2025 09:39 da Tobiah Quennell   stampante LBL60", "Tobiah Quennell"),
        ("follow-up (2/13/22). Frank handles primates at the east campus", "Frank"),
        # a maker's word is no name when a person bears it as a surname, with a given name before it
        ("seen with Odalys Roche yesterday at the clinic", "Odalys Roche"),
    ],
)
def test_a_person_before_a_latin_looking_word_is_still_a_person(text: str, name: str) -> None:
    assert (T.NAME, name) in found_by_rules(text)


def test_a_credential_without_its_certifier_is_no_licences_label() -> None:
    # "CT" is a scan as often as a cytotechnologist: only "CT(ASCP)" names the credential
    assert (T.LICENSE, "2024") not in found_by_rules("Odalys Brenneman, CT 2024 reviewed")


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Specimen rejected. Logged by: QZV  Reviewed: Odalys Brenneman, section lead", ["QZV"]),
        ("Legal kit BK-551902 drawn by WQX; witnessed by Tobiah Quennell.", ["WQX"]),
        ("Results verified by KQV (T. Quennell, MT551902) on 12/18/2025", ["KQV"]),
        ("Filled 2026-05-16 / RPh KVX / Tech ZRM   DAW 0", ["KVX", "ZRM"]),
        ("Call-back 21:43; read-back: YES (PJW). Instruction: send to ED", ["PJW"]),
        ("susp 100 mL, BUD 5 February 2026, compounded by DZ/QX / 4:43 AM", ["DZ", "QX"]),
        ("Protocol FORM 1140-C   Subject SUBJ-38207   Initials VQ / Patient", ["VQ"]),
    ],
)
def test_a_signers_initials_are_a_name(text: str, initials: list[str]) -> None:
    by_rules = found_by_rules(text)
    assert all((T.NAME, value) in by_rules for value in initials), by_rules
    # and the classifier, which has seen too few initials to judge them, does not drop them
    assert all((T.NAME, value) in found(text) for value in initials)


@pytest.mark.parametrize(
    "text",
    [
        "Diagnosis confirmed by PCR; transported by EMS, staged by CT.",
        "NOTE=patient is 91, signed by POA Grace Brenneman|FAX=802",  # a role before the name
        "Reviewed by QZV October 21 at the committee",  # a capitalised word after: the initials may be a body's
        "Initial: AC/VC, Vt 6-8 mL/kg PBW",  # a ventilator's modes after "Initial"
        "Driver ID Verified By: CDL / Has your medical certificate",
        "handwriting transcribed by OCR / Name: see above",
        # "by" alone: a route's, a method's, a transport's letters (a review's counterexamples)
        "O2 2L by NC.",
        "Pt arrived by ALS, triaged",
        "Meds given by NG/OG",
        "Glucose checked by POC.",
        "Biopsy performed by IR under CT guidance",
        # a verb that takes an object is no signer's word
        "Skin prep CHG",
        "chk VS q4h",
        "Verified NKA with patient",
        "Patient signed DNR form today",
        "RPh MTM visit completed",
        "Tech MLT",
    ],
)
def test_acronyms_after_a_signing_word_are_no_initials(text: str) -> None:
    assert [v for k, v in found_by_rules(text) if k is T.NAME and v.isupper() and len(v) <= 3] == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a patient's own pump, sensor, data logger, adherence cap or VAD, by its noun alone
        ("Pt has LVAD (QXR551902); driveline cultures sent", T.DEVICE_ID, "QXR551902"),
        ("insulin pump (SN 55102934) and CGM sensor QA447V2XZF; pump suspended", T.DEVICE_ID, "55102934"),
        ("insulin pump (SN 55102934) and CGM sensor QA447V2XZF; pump suspended", T.DEVICE_ID, "QA447V2XZF"),
        ("Adherence cap CAP551902733: opened 91% of days", T.DEVICE_ID, "CAP551902733"),
        ("Dupixent + EpiPen; smart sensor C551902733 syncing to app", T.DEVICE_ID, "C551902733"),
        ("Insulin pump 4471-05519; CGM on order", T.DEVICE_ID, "4471-05519"),
        # a licence in brackets after a name that a licensed role's word leads to, or with a licence's prefix
        ("Transferring RPh: Odalys Brenneman (RPH551902) / Receiving", T.LICENSE, "RPH551902"),
        ("hood 2 by Tobiah Quennell (PTCB 447190); checked by Idonea Ferrante", T.LICENSE, "PTCB 447190"),
        ("Prescriber Odalys Brenneman (1184629909) is on the eligible list", T.LICENSE, "1184629909"),
        # a prescriber's and a pharmacy's NPI on a claim's screen
        ("CLAIM REF 55-1902 / PRESC ID 1184629909  PHARM ID 1184629909 / TECH", T.LICENSE, "1184629909"),
    ],
)
def test_round_21_finds_devices_and_licences(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("pump 2 running at 125 mL/hr", T.DEVICE_ID, None),
        ("palm reader sensor REF 5198762 cleaned at 06:34", T.DEVICE_ID, None),  # a catalogue number
        ("Agent: Odalys Brenneman (E45509) called", T.LICENSE, None),  # an employee's number
        ("Trooper Tobiah Quennell (34289) presented the warrant", T.LICENSE, None),  # a badge's
    ],
)
def test_round_21_device_and_licence_look_alikes(text: str, kind: PhiType, value: str | None) -> None:
    assert [v for k, v in found_by_rules(text) if k is kind] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a review's counterexamples: names the first version of round 21 lost
        ("Gave Nkechi olanzapine 5 mg at bedtime", "Nkechi"),  # a drug after a name is no species epithet
        ("Explained Maria Lopez's diagnosis to her daughter", "Maria Lopez"),  # no eponym by a word's ending
        ("OR 3: 0730 Okafor cholecystectomy, 0930 Lindqvist appendectomy", "Okafor"),
        (
            "Patient Leica Thompson arrived",
            "Leica Thompson",
        ),  # a maker's name that people bear is no maker here
        ("Operator Priya cobas e411 calibration done", "Priya"),  # only a maker's name before a product line
        ("Pt Iris 2024-abc", "Iris"),  # a biometric's code is capitals, never a year's
    ],
)
def test_round_21_keeps_these_names(text: str, name: str) -> None:
    assert (T.NAME, name) in found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Ventilator ID 55102934 swapped", T.DEVICE_ID, "55102934"),  # an older device noun keeps its label
        ("Pharmacist consult for Maria Lopez (MRN 4471902) re warfarin", T.MRN, "4471902"),
        ("Prescriber notified of Maria Lopez (ACCT 5519023)", T.ACCOUNT, "5519023"),
        ("Records sent to Dr. Ana Ruiz (CT 06510) for review", T.LOCATION, "06510"),
    ],
)
def test_round_21_leaves_these_kinds_alone(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "MiniMed 780G insulin pump (MMT-1884) started",  # a model's number
        "Insulin pump E0784 approved; CGM sensor A9276 monthly",  # billing codes
        "Sensor CPT 95250 billed",
        "Heparin pump 25000 units/250 mL",  # a dose
        "FreeStyle Libre 2 sensor (72081-01) x 2",  # a catalogue's number
    ],
)
def test_a_device_nouns_code_is_a_serials_shape(text: str) -> None:
    assert [v for k, v in found_by_rules(text) if k is T.DEVICE_ID] == []
