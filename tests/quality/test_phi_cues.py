"""Cues found on tuning set D: a pipe or a tab between label and value, messages from and sent to a
person, a relative's one-word name before a verb, a name before a licence or an ED-style age,
numbered routes and street-word-first addresses; and the look-alikes that must stay quiet."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType, scan

T = PhiType


def found(text: str, phi_type: PhiType) -> list[str]:
    return [f.text for f in scan(text) if f.type is phi_type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Name | Adjoa Brempong-Mensimah\nDOB | 4 Mar 1961", ["Adjoa Brempong-Mensimah"]),
        ("Emergency contact | Teuila Faleolo 555 201 3344", ["Teuila Faleolo"]),
        ("Family: Nandini Ekanayake at bedside", ["Nandini Ekanayake"]),
        ("Records faxed, attn Oyelaran Idowu.", ["Oyelaran Idowu"]),
        ("Follow up: Kallistrat Dubrovin on Friday", ["Kallistrat Dubrovin"]),
        ("Message from Tahu Potiki <tahu@example.org>: please call", ["Tahu Potiki"]),
        ("TC from Ifeoma Chukwuka re: refill", ["Ifeoma Chukwuka"]),
        ("Submitting: Oyelaran Idowu, DEA # BI1234563", ["Oyelaran Idowu"]),
        ("Reviewed remotely. Tahu Potiki, Medical license AB12345", ["Tahu Potiki"]),
        ("Event logged. Reported to Ifeoma Chukwuka.", ["Ifeoma Chukwuka"]),
        ("Callback given. Sent to Tlacaelel.", ["Tlacaelel"]),
        ("R: daughter Adjoa calls nightly", ["Adjoa"]),
        ("ED arrival at 02:10. Teuila Faleolo 44F with chest pain", ["Teuila Faleolo"]),
    ],
)
def test_names_after_new_cues(text: str, expected: list[str]) -> None:
    assert found(text, T.NAME) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lives at 27382 Rte 9W #554 with her son", ["27382 Rte 9W #554"]),
        ("our office, 1518 Hwy 61, Unit 91.", ["1518 Hwy 61, Unit 91"]),
        ("farm at 312 County Road 47 since spring", ["312 County Road 47"]),
        ("moved to 1133 Avenida del Sol last year", ["1133 Avenida del Sol"]),
        ("address 45 Calle Ocho, Apt 12B", ["45 Calle Ocho, Apt 12B"]),
    ],
)
def test_route_and_street_word_first_addresses(text: str, expected: list[str]) -> None:
    assert found(text, T.LOCATION) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sent to Radiology. Forwarded to Pharmacy for review.",
        "Follow up: Cardiology in 2 weeks. Family: at bedside, updated.",
        "Name | Value\nDose | 500 mg",
        "daughter is here; son visiting tomorrow",
        "Message from Case Management: bed ready.",
        "Took Route 9 exit; 2 doses of 5 mg; 40 Fr sheath; 3 US units of product.",
        "Omnipod 5 44 units total today. Dexcom G7 42 mg/dL low alarm.",
    ],
)
def test_new_cues_leave_lookalikes_alone(text: str) -> None:
    assert [(f.type, f.text) for f in scan(text) if f.type in (T.NAME, T.LOCATION)] == []


@pytest.mark.parametrize(
    ("text", "phi_type", "expected"),
    [
        ("Referred from Walla Walla, WA. Seen today.", T.LOCATION, ["Walla Walla, WA"]),
        ("Relocated; now in Chimayo, NM 87522", T.LOCATION, ["Chimayo, NM 87522"]),
        ("She lives alone in Logan Co.; two dogs at home", T.LOCATION, ["Logan Co."]),
        ("95 yo M BIBA from Frogtown. ESI 2.", T.LOCATION, ["Frogtown"]),
        ("Audit 3/2/24: Tahu Potiki viewed the chart", T.NAME, ["Tahu Potiki"]),
        ("Night note. Tahu Potiki and Ifeoma left at 2100.", T.NAME, ["Tahu Potiki", "Ifeoma"]),
        ("Spoke w/ Tahu Potiki (son) at 10:42", T.NAME, ["Tahu Potiki"]),
        ("Seen. Ifeoma Chukwuka, CDL F285-4424-2086", T.NAME, ["Ifeoma Chukwuka"]),
        ("Face sheet\tTahu Potiki\t12 Aug 1930\tMRN 0076", T.NAME, ["Tahu Potiki"]),
        ("PATIENT CATHAL ABERNETHY MRN 004009242.", T.MRN, ["004009242"]),
    ],
)
def test_places_before_a_state_and_more_person_cues(
    text: str, phi_type: PhiType, expected: list[str]
) -> None:
    assert found(text, phi_type) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Seen by Lee, MD. Cosigned by Park, PA. Reviewed by Shaw, MA.",
        "Ambulating, OK to shower. Tolerating diet, OK.",
        "Acme Co. supplies the brace. Graves Disease\t01/02/2020",
        "Methotrexate, IN clinic today",
    ],
)
def test_state_codes_and_field_dates_leave_lookalikes_alone(text: str) -> None:
    assert [f.text for f in scan(text) if f.type is T.LOCATION] == []
