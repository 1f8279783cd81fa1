"""Set D note genres: ED triage, nursing handoff, pathology, referral letter, portal message,
discharge instructions, telephone encounter, registration table, all-caps transcription,
run-on social work note, device clinic, research consent, access audit log; and clean notes."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "ed_triage": (
        "ED TRIAGE {d1} 02:14\nCC: MVC restrained driver\n{old} yo F BIBA from {hood}. {score}. {vitals}\n"
        "Pt vehicle {veh_l} {veh}, towed. Son {kin} at bedside ({tel}). {mrn_l} {mrn}\n"
        "Triage RN: {rn}",
        "Triage {d1}: {pt_up}, {old}M, walked in c/o chest pain. {vitals}. {score}. Lives at {addr}, "
        "{town}. Came with {kin_g}. {other_l} {other} (brought in by county sheriff). Hx {dx}.",
        "ED arrival {d1}. {pt} {young}F - no wait, DOB {dob}. {score}. {lab}. Family: {kin} {tel}. "
        "{veh_l} {veh} noted on EMS sheet. In {room}.",
    ),
    "nursing_handoff": (
        "SBAR handoff {d1} 1900\nS: {pt_f}, {pt_g} - {room}, POD 2\nB: {dx}, on {med}\n"
        "A: {vitals}. {score}. {model} pump, {dev_l} {dev}\nR: daughter {kin_g} calls nightly at {tel}; "
        "{photo_l} {photo} uploaded to chart",
        "Handoff to {rn}: {pt_lf} in {room}. Pain controlled on {med}. Wife {kin} visiting, wants update "
        "before {d2}. {dev_l} {dev}. Wound pics: {photo_l} {photo}. {lab}.",
        "Night shift note - {pt} resting. {kin} and {kin_g} left at 2100. {vitals}. {rn} covering. "
        "Follow-up with Dr {doc_f} on {d2}.",
    ),
    "pathology": (
        "SURGICAL PATHOLOGY REPORT\n{mrn_l} {mrn}\nPatient: {pt_lf}   DOB: {dob}\nCollected: {d1}   "
        "Received: {d2}\nSubmitting: {doc}, {lic_l} {lic}\nDIAGNOSIS: {dx}; margins negative.\n"
        "Electronically signed {d3} by {doc_f}",
        "Path consult {d1}. Specimen from {pt} ({mrn_l} {mrn}), {old} years. Clinical hx: {dx}. "
        "Slides reviewed with {doc}. {code}. Report faxed to {fax}.",
        "Cytology {d1}: {pt_init}, referring {doc}. Pap NILM. {plan_l} {plan}. {acct_l} {acct}. "
        "Questions: {tel}.",
    ),
    "referral_letter": (
        "{d1}\n\nDr {doc_f}\n{addr_full}\n\nRe: {pt} (DOB {dob})\n\nDear Dr {doc_f},\nI would be grateful "
        "if you could see this {young}-year-old with {dx}. Current meds: {med}. {lab}.\n\nKind regards,\n"
        "{rn_full}\nTel {tel}  Fax {fax}\n{lic_l} {lic}",
        "Referral to Neurology - {pt}, {old}, from {town_st}. {mrn_l} {mrn}. Please contact daughter {kin} "
        "({tel}) to schedule. Portal {url}. {plan_l} {plan}.",
        "To whom it may concern: {pt_g} {pt_f} has been under my care since {d1} for {dx}. She is {old} "
        "and lives alone in {county}. Reach me at {mail} or fax {fax}. {doc}, {lic_l} {lic}",
    ),
    "portal_message": (
        "Hi Dr {doc_f}, this is {pt_g}. my sugar has been high since {d1}, took {med}. can I come in "
        "{d2}? my cell is {tel}. photo of my foot: {photo_l} {photo}\n- {pt_g}",
        "Message from {pt} <{mail}> sent {d1} from IP {ip}: 'I moved to {town_st} {zip}, please update "
        "my address to {addr}.' Routed to {rn}.",
        "MyChart msg {d1}: {kin_g} here, {pt_g}'s daughter. Mom is {old} and confused since Tuesday. "
        "Can {doc_f} call me at {tel}? Link: {url}",
    ),
    "discharge_instructions": (
        "DISCHARGE INSTRUCTIONS for {pt}\nDate: {d1}\nFollow up: {doc} on {d2}, call {tel}\n"
        "Your {model} {dev_l} {dev} was checked. Take {med}.\nQuestions? {url} or {mail}",
        "You were seen on {d1} for {dx}. Take {med} {dur}. Return if fever > 38.5. Your next visit is "
        "{d2} at our {town} office, {addr}. Fax forms to {fax}. {acct_l} {acct}.",
        "{pt_up}  {mrn_l} {mrn}\nGo home today {d1}. No driving {dur}. Home health ({kin} arranged) "
        "starts {d2}. Pharmacy will call {tel2}.",
    ),
    "telephone_encounter": (
        "Telephone encounter {d1} 10:42. Spoke w/ {kin} (son) at {tel}, verified by {bio_l} {bio}. "
        "Pt {pt} is {old}, fell {d2}, now ambulating. Advised ED if worse. {rn}",
        "TC from {pt_g} {pt_f} re: refill of {med}. Confirmed DOB {dob} and {ssn_l} {ssn}. Callback "
        "{tel}. Sent to {doc_f}.",
        "Phone note: {kin_g} called about her father {pt}. He is {old} years old. She asked that records "
        "be faxed to {fax}, attn {doc}. {plan_l} {plan}.",
    ),
    "registration_table": (
        "REGISTRATION\nName | {pt_lf}\nDOB | {dob}\nAddress | {addr_full}\nPhone | {tel}\n"
        "{ssn_l} | {ssn}\n{plan_l} | {plan}\n{acct_l} | {acct}\nEmployer | {other_l} {other}\n"
        "Emergency contact | {kin} {tel2}\n{bio_l} | {bio}",
        "Face sheet\t{pt}\t{dob}\t{mrn_l} {mrn}\n{addr}\t{town_st}\t{zip}\nNOK\t{kin}\t{tel}\n"
        "{photo_l} {photo}\t{lic_l} {lic}\t{ssn_l} {ssn}",
    ),
    "transcription_allcaps": (
        "DICTATED BY {doc} {d1}\nPATIENT {pt_up} DOB {dob}\nHISTORY: {old} YEAR OLD WITH {dx}. "
        "LIVES IN {town}. {vitals}. PLAN {med}.\nCC: {kin}\nJOB {other_l} {other}",
        "OPERATIVE NOTE {d1}. SURGEON {doc}. ASSIST {rn_full}. PATIENT {pt_up} {mrn_l} {mrn}. "
        "IMPLANT {model} {dev_l} {dev}. EBL 50 ML. {score}.",
    ),
    "social_work_runon": (
        "SW saw pt {pt} today {d1} pt lives w granddaughter {kin} in an apt at {addr} {town} pt is {old} "
        "and very hard of hearing granddaughter works nights her number {tel} pt drives an old truck "
        "{veh_l} {veh} which family wants sold pt receives SSI {ssn_l} {ssn} plan to f/u {d2}",
        "met with {kin_g} and {pt_g} re housing they were evicted from {hood} on {d1} now staying at a "
        "shelter in {county} sleeping in car {veh_l} {veh} caseworker {doc} {tel} {other_l} {other} f/u next week",
    ),
    "device_clinic": (
        "Device clinic {d1}: {pt}, {old} y/o. {model} {dev_l} {dev} interrogated remotely from {ip}. "
        "Battery 8.1 yr. {code}. Next check {d2}. {doc}, {lic_l} {lic}",
        "Remote transmission {d1} for {pt_lf}: {dev_l} {dev}, lead impedance stable. Pt {pt_g} reports "
        "no shocks. Portal {url}. {acct_l} {acct}",
    ),
    "research_consent": (
        "Research consent {d1}. {pt} ({other_l} {other}) enrolled in {code}-linked registry. "
        "{bio_l} {bio} collected. Witness: {rn_full}. Coordinator email {mail}. DOB {dob}.",
        "Biobank intake: participant {pt_init}, {old}, from {town_st}. {bio_l} {bio}; "
        "{photo_l} {photo}. Contact {tel}. {plan_l} {plan}.",
    ),
    "audit_log": (
        "Access audit {d1}: user {rn_full} ({other_l} {other}) opened chart of {pt} {mrn_l} {mrn} from "
        "{ip} at 03:12; second session {d2} from {ip}. Badge photo {photo}. Reported to {doc}.",
        "Break-the-glass event {d1}: {doc} viewed {pt_lf} ({mrn_l} {mrn}) via {url} from {ip}.",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    "ED triage: {score}. {vitals}. {young} yo M with {dx}, on {med}. {lab}. Seen by {role} in {room}.",
    "SBAR: S: {room}, POD 1. B: {dx} s/p repair in {yr}. A: {vitals}; {model} in place. R: continue {med}.",
    "PATHOLOGY: specimen received in formalin, 2.3 x 1.1 x 0.4 cm. Dx: {dx}. {code}. Ki-67 15%.",
    "Discharge instructions: take {med} {dur}. Return for fever. Follow up with {role} in 2 weeks. {lab}.",
    "Device check: {model} functioning normally, battery 9.2 yr, RV threshold 0.75 V @ 0.4 ms. {code}.",
    "PHONE NOTE: pt's pharmacy called about {med}; clarified dose {dur}. {score}. {lab}. Routed to {role}.",
    "{young} y/o w/ {dx} dx'd in {yr}, {score}, {vitals}, A1c trending down, cont {med} {dur}, f/u 3-4 wk",
    "MEDICATIONS\n- {med}\n- aspirin 81 mg daily\nALLERGIES: NKDA\nSCORES: {score}\nLABS: {lab}, {code}",
)
