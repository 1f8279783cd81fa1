"""Set E note genres, none used by sets A-D: labour and delivery, psychiatric intake, anaesthesia
pre-op, dialysis run sheet, well-child visit, release-of-information request, occupational health,
chaplaincy, transplant coordination, poison centre call, insurance appeal, sleep study, fax cover
sheet, text-message log, death pronouncement, community paramedic visit; and clean notes.

Placeholders: patient ``pt`` (``pt_g`` given, ``pt_f`` family, ``pt_lf`` "Family, Given", ``pt_up``
"FAMILY GIVEN"), relative ``kin``/``kin_g``, clinician ``doc``/``doc_f``, a neighbour or friend named
with no cue ``nb``/``nb_g``, staff ``staff``/``staff_g``; labels (``*_l``) are plain text.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "labor_delivery": (
        "L&D admit {d1} {time}. {pt_lf} G2P1 at 39w2d, {stage}. {vitals}. Partner {kin} at bedside, "
        "reachable on {tel}. {mrn_l} {mrn}. Epidural by {doc}. {med}. Baby girl delivered {d2}, {score}.",
        "Delivery summary: mother {pt}, {young}, from {town}. SVD {d1} over intact perineum. Cord gases "
        "normal. {nb} (doula) present. Newborn {kin_g} {pt_f}, {mrn_l} {mrn}. Discharge planned {d2}. "
        "Car seat checked in {nb_g}'s minivan, {veh_l} {veh}.",
    ),
    "psych_intake": (
        "Psychiatric intake {d1}. Pt is a {young} yo who was brought by police from {hood} after "
        "texting {nb} that she wanted to die. Lives with {kin} at {addr}, {town}. Prior admit at "
        "{town2} in {yr}. {score}. {med}. Collateral from {kin_g}: {tel}. {ssn_l} {ssn}.",
        "MSE: {pt_g} appears stated age, calm, linear. Denies SI today. Says {nb_g} and {nb} from "
        "church check on him. {other_l} {other}. Safety plan sent to {mail}. Seen by {doc}, "
        "{lic_l} {lic}. Next appt {d2}.",
        "Involuntary hold paperwork: {pt_up}, DOB {dob}, address {addr_full}. Petitioner: {kin} "
        "(mother), phone {tel}. Officer badge on file. {acct_l} {acct}. Identity confirmed by {bio_l} {bio}. Hold expires {d3}.",
    ),
    "anesthesia_preop": (
        "Pre-anesthesia evaluation {d1}\nPatient: {pt}  DOB {dob}  {mrn_l} {mrn}\nProcedure: {proc}\n"
        "{score}, {stage}. Airway: {size}. {vitals}. Prior anesthesia {yr} uneventful.\n"
        "Consent signed with {role}; witness {staff}.",
        "Pre-op call to {pt_g} {pt_f} ({tel}) on {d1}: NPO after midnight, hold {med}. Ride home: "
        "{nb}, who will wait in lot B. Device on file: {dev_l} {dev}. Surgery {d2} with Dr. {doc_f}.",
    ),
    "dialysis_run": (
        "HD run sheet {d1}  Chair 6\n{pt_lf}  {mrn_l} {mrn}  {plan_l} {plan}\nPre wt 82.4 kg, "
        "post 80.1 kg. {score}. {lab}. {med}.\nTransport: van driver {nb}, {veh_l} {veh}. "
        "Next run {d2}. Tech {staff_g}.",
        "Nephrology note: {pt}, a {old} year old, tolerating HD MWF at the {town} unit ({addr}). "
        "{lab}. Daughter {kin} asks for updates at {mail}. {acct_l} {acct}.",
    ),
    "well_child": (
        "Well child check {d1}: {pt_g} {pt_f}, {kid_age}, here with grandmother {kin}. Growth 50th "
        "%ile. Vaccines given ({lot}). School: {other_l} {other}. Family moved from {town2} to "
        "{addr_full} in {yr}. Next WCC {d2}.",
        "Peds sick visit. {pt_g} is {kid_age}; mom {kin_g} says {nb_g} at daycare had strep. {vitals}. "
        "Rapid strep neg. Call {tel} if worse, handout at {url}. {plan_l} {plan}. Photo of rash: {photo_l} {photo}.",
    ),
    "release_of_information": (
        "AUTHORIZATION TO RELEASE RECORDS\nPatient name: {pt}\nDate of birth: {dob}\n{ssn_l} {ssn}\n"
        "Release to: {doc}, {addr_full}\nFax: {fax}\nDates of service: {d1} through {d2}\n"
        "Signed: {kin} (POA) on {d3}",
        "ROI request logged {d1}: attorney {nb} asks for all records of {pt_lf} ({mrn_l} {mrn}). "
        "Send to {mail} or fax {fax}. Requester verified by {bio_l} {bio}. {acct_l} {acct}.",
    ),
    "occupational_health": (
        "Workers' comp visit {d1}. {pt}, forklift operator, injured at the {town} warehouse on {d2}. "
        "Supervisor {nb} drove him in ({veh_l} {veh}). Employer fax {fax}. Claim no. {other}. "
        "{lic_l} {lic}. Modified duty x 2 weeks.",
        "DOT physical {d1}: {pt_up}, {young}, CDL driver from {county}. {vitals}. Vision 20/25. "
        "{lic_l} {lic}. {photo_l} {photo} scanned; {bio_l} {bio} on the time clock. Results emailed to {mail}.",
    ),
    "chaplaincy": (
        "Spiritual care visit {d1}. Sat with {pt_g} and her sister {kin}. {pt_g} is {old} and spoke "
        "about growing up in {town} and her late husband. {nb} from the parish brings communion "
        "Sundays. Will follow. {role}.",
        "Chaplain note: family of {pt} gathered; son {kin_g} flew in from {town2}. Prayed with them. "
        "Pt {old} yrs, comfort care. Contact {kin} {tel}. {staff}, MDiv.",
    ),
    "transplant": (
        "Transplant coordinator {d1}: {pt} listed for kidney, {other_l} {other}. {plan_l} {plan}. "
        "Potential living donor {nb} ({tel2}) evaluated {d2}. {lab}. Pt lives in {town}, "
        "{state} {zip}, 2 h from center.",
        "Post-tx clinic {d1}. {pt_lf}, {mrn_l} {mrn}. Tacrolimus trough 7.8. {vitals}. Portal: {url}. "
        "Remote BP cuff {dev_l} {dev} syncing from {ip}. Next visit {d2}.",
    ),
    "poison_center": (
        "Poison center call {d1} {time}: caller {kin} ({tel}) reports {pt_g}, {kid_age}, ingested "
        "grandma's {med}. Home at {addr}, {town}. Advised ED. Case {other_l} {other}. SPI {staff_g}.",
        "Follow-up call {d2} to {kin_g} at {tel}: {pt_g} observed 6 h at {town} ED, {lab}, discharged. "
        "Case closed by {staff}. {acct_l} {acct}.",
    ),
    "insurance_appeal": (
        "{d1}\n\n{nb}\nAppeals Unit\n{pobox}\n{town}, {state} {zip}\n\nRe: {pt}, {plan_l} {plan}, "
        "claim {acct}\n\nI am writing to appeal the denial of {proc} for my {old}-year-old patient. "
        "{stage}; {score}.\n\nSincerely,\n{doc}\n{lic_l} {lic}\nPhone {tel}  Fax {fax}",
        "Peer-to-peer {d1} with {nb}, medical director. Denied {med} for {pt_lf} (DOB {dob}). "
        "Appeal fax {fax}, ref {acct_l} {acct}. Uploaded at {url}.",
    ),
    "sleep_study": (
        "POLYSOMNOGRAPHY REPORT\nStudy date: {d1}\nPatient: {pt_up}   {mrn_l} {mrn}\nReferring: {doc}\n"
        "{score}; nadir SpO2 81%. CPAP titrated to 11 cm H2O. {dev_l} {dev} issued {d2}.\n"
        "Tech: {staff}. Full report: {url}",
        "Home sleep test {d1} for {pt}. Device returned by {nb} on {d2}. {dev_l} {dev}. Data uploaded "
        "from {ip}. {score}. Interpreting MD {doc}, {lic_l} {lic}.",
    ),
    "fax_cover": (
        "FAX COVER SHEET\nTo: {doc}\nFax: {fax}\nFrom: {staff}, {town} Family Medicine\nPhone: {tel}\n"
        "Date: {d1}\nPages: 4\nRe: {pt}, DOB {dob}\nCONFIDENTIAL HEALTH INFORMATION",
        "fax to {fax} attn {nb} -- records for {pt_lf} {mrn_l} {mrn}, {plan_l} {plan}; sent {d1} by "
        "{staff_g}; confirm receipt at {mail}",
    ),
    "sms_log": (
        "[{d1} {time}] {pt_g}: hi its {pt_g} {pt_f} my bp was 168/94 this am\n[{d1}] RN {staff_g}: "
        "thanks, any headache?\n[{d1}] {pt_g}: no. {nb_g} can drive me tmrw. new # {tel}",
        "text from {kin} {tel}: mom ({pt}) is {old} and fell again last night at {addr}. "
        "{nb_g} found her. pls call. pic {photo_l} {photo}",
    ),
    "death_pronouncement": (
        "Death pronouncement: {pt}, age {old}, pronounced {d1} at {time} by {doc}. Family ({kin}) "
        "notified at {tel}. Funeral home: {nb}, {town}. {mrn_l} {mrn}. Autopsy declined.",
        "Expired {d1}. {pt_up}, {old} yrs, {ssn_l} {ssn}, resident of {county}. Death certificate "
        "signed by Dr {doc_f}, {lic_l} {lic}. Body released to {nb} ({veh_l} {veh}) on {d2}.",
    ),
    "community_paramedic": (
        "Community paramedic home visit {d1}. {pt}, {old}, lives alone at {addr}, {hood}, {town}. "
        "Neighbor {nb} has a key. {vitals}. {lab} (POC). Fall alarm {dev_l} {dev}. {bio_l} {bio} "
        "on lockbox. Next visit {d2}.",
        "CP visit {d1}: {pt_g} doing ok. {nb} stopped by with groceries. Meds set up: {med}. "
        "Pt's {veh_l} {veh} not driven since {yr}. Telehealth link {url} used from {ip}. "
        "Call {kin} ({tel}) with concerns. {photo_l} {photo} on file.",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    "L&D triage: G2P1 at 38w. {vitals}. {score}. Cervix 4/80/-1. {med}. Seen by {role} at {time}.",
    "Psych: {young} yo with {dx}, {score}. Denies SI/HI. Continue {med}. Dx'd in {yr}. Discussed with {role}.",
    "Pre-op: {proc}. {score}, {stage}. Airway {size}. {lab}. {vitals}. Plan GA with {role}.",
    "HD: Kt/V 1.4, URR 72%. {lab}. {med}. {vitals}. Access: L AVF, good thrill. Chair 6 at {time}.",
    "WCC: {kid_age}, growth 50th %ile, vaccines given ({lot}). {dx} screen negative. Next visit per schedule.",
    "Sleep study: {score}, nadir SpO2 81%. CPAP 11 cm H2O. Hx {dx}. {stage}. Reviewed with {role}.",
    "Occ health: {young} y/o, lifting injury, {vitals}. X-ray neg. {med}. Modified duty; recheck with {role}.",
    "Tx clinic: tacrolimus trough 7.8, {lab}, {stage}. {med}. Hx {dx} since {yr}. {size} removed.",
    "Poison center: {kid_age} ingested {med}; {lab}; observed 6 h; {score}. {role} updated at {time}.",
    "Chaplain: comfort care, {young} yo with {dx}; {role} present; prayer offered at {time}.",
)
