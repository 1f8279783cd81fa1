"""Names with no cue and no census entry, and the three-digit ZIP exception of Safe Harbor."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType, apply_policy, redact, scan, surrogate
from mediflow.quality.phi_surrogate import Surrogator
from mediflow.quality.phi_zip import RESTRICTED_ZIP3, redact_location, zip_tail

T = PhiType


def names(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type is T.NAME]


# --- names -------------------------------------------------------------------------------------


def test_a_name_found_once_is_found_again_without_its_cue() -> None:
    text = (
        "Patient: Xochitl Tlacaelel\nHPI: Tlacaelel tolerated the procedure. Later XOCHITL asked for water; "
        "Xochitl's daughter at bedside."
    )
    assert names(text) == ["Xochitl Tlacaelel", "Tlacaelel", "XOCHITL", "Xochitl"]


def test_a_name_as_the_subject_of_a_persons_verb() -> None:
    assert names("Seen in clinic. Oyebanji Adewale reports two days of cough.") == ["Oyebanji Adewale"]
    assert names("Afolake Onyekachi, 54, presents with dyspnea.") == ["Afolake Onyekachi"]
    assert names("Plan discussed. P. Wojciechowska agreed with the plan.") == ["P. Wojciechowska"]


def test_a_name_after_a_verb_that_takes_a_person() -> None:
    assert names("Paged Oyebanji Adewale at 14:10, no answer.") == ["Oyebanji Adewale"]
    assert names("Notified Tomasz Wojciechowski of the result.") == ["Tomasz Wojciechowski"]


def test_last_comma_first_with_an_unknown_surname() -> None:
    assert names("Okwuosa, Mary | 03/14/1950 | bed 4") == ["Okwuosa, Mary"]
    assert names("Pt Tlacaelel, John (bed 7)") == ["Tlacaelel, John"]


@pytest.mark.parametrize(
    "text",
    [
        "Blood Bank called: two units crossmatched.",
        "Wound Care notes a stage 2 ulcer. Social Work called the family.",
        "Case Management reports the bed is ready.",
        "Allergies: Penicillin, Sulfa; Warfarin, Aspirin and Heparin held.",
        "Cardiology Fellow said the echo is normal.",
        "Guillain-Barre, Bell's palsy and Hashimoto's thyroiditis were excluded.",
    ],
)
def test_teams_lists_and_eponyms_are_not_names(text: str) -> None:
    assert names(text) == []


# --- the three-digit ZIP exception ----------------------------------------------------------------


def test_restricted_zip3s_are_hhs_list() -> None:
    assert len(RESTRICTED_ZIP3) == 17 and {"036", "059", "893", "821"} <= RESTRICTED_ZIP3
    assert "021" not in RESTRICTED_ZIP3


@pytest.mark.parametrize(
    ("location", "redacted"),
    [
        ("02139", "021**"),
        ("03601-1234", "000**"),
        ("12 Elm St, Cambridge, MA 02139", "[LOCATION] 021**"),
        ("9 Pine Rd, Reno, NV 89501", "[LOCATION] 895**"),
        ("9 Pine Rd, Ely, NV 89301", "[LOCATION] 000**"),
        ("PO Box 7, Wolfeboro, NH 03601", "[LOCATION] 000**"),
        ("Cass County", "[LOCATION]"),
        ("221 Baker Street", "[LOCATION]"),
    ],
)
def test_redaction_keeps_only_the_zip3_safe_harbor_allows(location: str, redacted: str) -> None:
    assert redact_location(location) == redacted


def test_redact_and_surrogate_on_a_note() -> None:
    text = "Lives at 12 Elm St, Cambridge, MA 02139; moved from zip 82190 last year."
    findings = scan(text)
    zips = [f.text for f in findings if f.type is T.LOCATION]
    assert zips == ["12 Elm St, Cambridge, MA 02139", "82190"]
    assert redact(text, findings) == "Lives at [LOCATION] 021**; moved from zip 000** last year."
    out = surrogate(text, findings, Surrogator(7))
    assert "Cambridge" not in out and "02139" not in out and "82190" not in out
    street_zip = out.split(";")[0].rsplit(" ", 1)[1]
    assert street_zip.startswith("021") and len(street_zip) == 5 and street_zip.isdigit()
    other = out.split("zip ")[1].split(" ")[0]
    assert other.startswith("000") and len(other) == 5


def test_zip_tail_ignores_numbers_that_are_not_a_trailing_zip() -> None:
    assert zip_tail("Cass County") is None
    assert zip_tail("1200 Main St") is None
    tail = zip_tail("Ely, NV 89301-0001")
    assert tail is not None and (tail.zip3, tail.restricted, tail.generalized) == ("893", True, "000**")


def test_flag_records_which_zip3s_may_stay() -> None:
    outcome = apply_policy("flag", {"input": "Home: 4 Oak Ave, Ely, NV 89301. Before that zip 02139."})
    assert outcome.zip3 == {"allowed": ["021"], "restricted": ["893"]}
    assert outcome.redacted is None


# --- rules added after set D's first run (general shapes, tested on text of their own) ------------


def found(text: str) -> list[tuple[str, str]]:
    return [(f.type.value, f.text) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Triage 5-30: KOFI ANSAH, 97M, walked in",
            [("DATE", "5-30"), ("NAME", "KOFI ANSAH"), ("AGE", "97")],
        ),
        ("Pt Mireille reports no shocks.", [("NAME", "Mireille")]),
        ("Routed to Bartek.", [("NAME", "Bartek")]),
        ("Triage RN: Hye-jin", [("NAME", "Hye-jin")]),
        ("Hana here, Omid's daughter. Mom is 96 and", [("NAME", "Hana"), ("NAME", "Omid"), ("AGE", "96")]),
        ("met with Tavita and Ofa re housing", [("NAME", "Tavita"), ("NAME", "Ofa")]),
        ("GRAHN NILSSON  Pt ID QXV100200", [("NAME", "GRAHN NILSSON"), ("MRN", "QXV100200")]),
        ("Fax forms to 3806930507. HAR # 0802485288.", [("FAX", "3806930507"), ("ACCOUNT", "0802485288")]),
        ("CSN 1102604143; Phone | 5837049508", [("ACCOUNT", "1102604143"), ("PHONE", "5837049508")]),
        ("event 22FEB23 and DOB 8-4", [("DATE", "22FEB23"), ("DATE", "8-4")]),
        (
            "LIVES IN Tonopah. Lives at 4 Elm St, Winnemucca.",
            [("LOCATION", "Tonopah"), ("LOCATION", "4 Elm St"), ("LOCATION", "Winnemucca")],
        ),
        ("from IP 2001:db8:a471::2e63: hello", [("IP_ADDRESS", "2001:db8:a471::2e63")]),
    ],
)
def test_shapes_added_after_set_d(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "f/u 2-3 weeks; take 1-2 tabs q4-6h",
        "Hematology called. Pharmacy here. Cardiology covering.",
        "Medtronic Azure XT DR MRI interrogated; Dexcom G7 on; Thu clinic",
        "followed in the Cardiology clinic; ESI 2, 88M? no.",
        "HR is 95, SpO2 is 94.",
    ],
)
def test_look_alikes_of_those_shapes_do_not_fire(text: str) -> None:
    assert [f for f in scan(text) if f.type is not T.DATE] == []
