"""Generator B's document styles: note types and surrounding text that generator A does not use."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "home_health": (
        "HOME HEALTH SKILLED NURSING VISIT\nClient: {pt_lf}   {mrn_l} {mrn_v}\nVisit {d1}, arrived 0915.\n"
        "Client is a {old} yo widow living alone at {addr}. Her neighbor {nbr} checks on her daily. "
        "{labs}. BP {bp}. Meds reconciled: {med}, {med2}.\nNext visit {d2}. Agency line {tel}, fax {fax}.",
        "Home visit note. Pt seen at home in {town} with daughter {other} present. {score}. History of {epo}. "
        "Pt reports {pt_given} fell twice since {d1}. Equipment: {dev_l} {dev_v}. Call {tel} with concerns.",
    ),
    "hospice": (
        "Hospice admission: {pt}, {old} years old, DOB {birth}, admitted {d1}. Lives in {county}. "
        "Primary caregiver is her grandson, {other} ({tel}). {plan_l} {plan_v}. Chaplain to visit. "
        "{role} notified.",
        "Death note. Pronounced {d2} at 03:42 by {clin}, RN. Family ({other}, son) at bedside. "
        "Decedent {pt_lf}, age {old}. Funeral home fax {fax}. {mrn_l} {mrn_v}.",
    ),
    "pharmacy": (
        "Pharmacy callback - spoke w/ {pt} re: {med}. Verified DOB {birth} and address ({addr}). "
        "Prescriber {clin}, {lic_l} {lic_v}. Insurance {plan_l} {plan_v} rejected; {acct_l} {acct_v}. "
        "Pt prefers texts to {tel}.",
    ),
    "immunization": (
        "IMMUNIZATION RECORD\n{pt_lf} | born {birth} | {ssn_l} {ssn_v}\nInfluenza given {d1}; Tdap {d2}. "
        "Lot #FL2231 (vaccine lot, not an identifier of the patient). Registry login from {ip}.\n"
        "Questions: {mail}. {photo_l} {photo_v} on the card.",
    ),
    "research": (
        "Research enrollment: {pt} consented on {d1} ({other_l} {other_v}). Age at consent {old}. "
        "Coordinator {clin} ({mail}). Study portal {link}. {score}; {labs}. Biometric login: {bio_l} {bio_v}.",
        "Screening log {d2}: participant {pt_given} {pt_family} from {town_state} zip {zip}. "
        "{other_l} {other_v}. Excluded for {epo}. {photo_l} {photo_v}.",
    ),
    "transfer": (
        "INTERFACILITY TRANSFER FORM\nName: {pt_lf}\nD.O.B. {birth}\nFrom: {town} Regional, {county}\n"
        "Sending MD: Dr. {clin_family} ({tel})   Receiving fax: {fax}\n{mrn_l} {mrn_v}  {acct_l} {acct_v}\n"
        "Reason: {epo}; {score}; BP {bp}, HR {hr}.",
    ),
    "incident": (
        "Security incident report {d1}: visitor {nbr} became agitated in the lobby. Patient {pt} ({old} y/o) "
        "unharmed. Visitor vehicle {veh_l} {veh_v} was asked to leave. Reported by {clin}. Camera {dev_l} {dev_v}.",
        "Parking services: {veh_l} {veh_v} belongs to {pt}, who is admitted. Contact {tel2}; {mail}. "
        "{photo_l} {photo_v} attached for ID.",
    ),
    "dental": (
        "Dental progress note {d1}. Patient {pt_given} {pt_family}, {young} y.o., seen for #19 extraction. "
        "{med}. Next appt {d2}. Referral sent to {clin} at {link}.",
    ),
    "telehealth": (
        "[chat transcript]\nPatient: hi its {pt_given}, my new number is {tel}\nRN: thanks, and your birthday?\n"
        "Patient: {birth}\nRN: the video link is {link} - your session opened from {ip}\n"
        "Patient: my sister {other} will join",
    ),
    "case_management": (
        "Case management: {pt} ({mrn_l} {mrn_v}) discharged {d2} to {addr}. Medicaid transport arranged; "
        "{plan_l} {plan_v}. Son {other} drives; {veh_l} {veh_v}. {ssn_l} {ssn_v} on file for the waiver.",
        "CM note: pt is {old}, lives w/ roommate {nbr} in {town_state}. Eligibility {other_l} {other_v}. "
        "{bio_l} {bio_v} used at the kiosk. Spoke to {role}.",
    ),
    "prior_auth": (
        "PRIOR AUTHORIZATION REQUEST\nMember: {pt_lf}  DOB {birth}\n{plan_l} {plan_v}\nProvider: {clin}, "
        "{lic_l} {lic_v}\nPhone {tel}  Fax {fax}\nRequested: MRI lumbar spine; conservative tx since {d1}.",
    ),
    "ed_triage": (
        "ED triage {d1} 22:14. {old}yo F BIBA from {addr}. {score}; {score2}. BP {bp} HR {hr}. "
        "EMS crew {clin}. Pt's neighbor {nbr} called 911. Belongings: phone, wallet with {lic_l} {lic_v}.",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    "Nursing note: pt resting, {score}. BP {bp}, HR {hr}. {med} given. {role} at bedside. Fall precautions.",
    "Assessment: {young} y/o with {epo} and {labs}. Plan: {med}, {med2}; weight-based dosing {dose}. "
    "Diagnosed in {yr}; last flare {yr}.",
    "Consult: {role} asked to evaluate {epo}. {score}; {score2}. Height {ht}. Follow up in 6 weeks.",
    "Discharge teaching completed with the patient and family by {role}. Continue {med}. "
    "Return for fever > 38.5 C or HR > 120. {labs}.",
    "OR brief op note: {epo} repaired. EBL 50 mL. Drains: JP x1. Counts correct x2. {score}. "
    "Disposition: PACU then {role}.",
    "Pediatrics: {young}-month follow-up. {score}. Weight 9.2 kg (45th %ile). Vaccines up to date per {yr} schedule.",
)
