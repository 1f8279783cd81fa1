"""Set C's document styles: emergency and unscheduled care. ``{key}`` is filled from ``values``."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_triage_note": (
        """EMERGENCY DEPARTMENT - TRIAGE ASSESSMENT
Pt: {pt_lf}   MRN: {mrn}   DOB: {dob}   Age: {age}   Sex: {sex}
Arrival: {v_dt} via {unit} (walk-in if blank)   Triage RN: {rn_full}, RN
Chief complaint: {cc}
Vitals: BP {bp}  HR {hr}  RR {rr}  SpO2 {spo2} RA  T {temp}  Wt {wt}  Pain {pain}
GCS {gcs} ({gcs_c})  FSBG {gluc}
ESI level: {esi}    Placed in: {bay}
Hx per pt and daughter {nok_first} at bedside (cell {nok_phone}). Takes {brand}. Hx {eponym}.
Fall risk screen: positive. Suicide screen (C-SSRS): negative.
Isolation: none.  Tetanus: {yr}.  PCP: Dr. {pcp_last}.  Pacemaker ID card: SN {dev}.
Signed {rn_fi} RN {tstamp}""",
        """Triage note  {v_short} {tstamp}
{age} yo {sex} BIBA {unit} from home ({street}, {city}) for {cc}. Pt states onset this morning. Denies
recent travel. On {brand}. Daughter-in-law {nok_full} en route.
ESI {esi} | BP {bp} | P {hr} | R {rr} | {spo2} | {temp} | pain {pain}
Acct {fin} / MR {mrn}
Sent to {bay}. {role} notified. -- {rn_first} (triage)""",
        """TRIAGE / ACUITY
NAME.......: {pt_caps}
DOB........: {dob_us}         AGE: {age}
ARRIVED....: {v_dt}        MODE: ambulance ({unit})
ESI........: {esi}              BAY: {bay}
CC.........: {cc}
ALLERGIES..: NKDA
V/S........: {bp} / {hr} / {rr} / {spo2} / {temp}
PAIN.......: {pain}   GCS: {gcs}
Protocol orders initiated per {policy}: ECG, {loinc} panel, {med1}
Triage RN..: {rn_lf}    Lic {rn_lic}""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_tracking_board_export": (
        """ED TRACKING BOARD  census {census}  exported {v_dt}  by {chg_first} (charge)
BED  | PATIENT              | AGE/SEX | ESI | CC            | LOS   | RN        | STATUS
{b1_bay}   | {b1_name} | {b1_age}{b1_sex} | {b1_esi} | {b1_cc} | {b1_los} | {rn_first} | {b1_st}
{b2_bay}   | {b2_name} | {b2_age}{b2_sex} | {b2_esi} | {b2_cc} | {b2_los} | {rn_first} | {b2_st}
{b3_bay}   | {b3_name} | {b3_age}{b3_sex} | {b3_esi} | {b3_cc} | {b3_los} | {wit_first} | {b3_st}
{b4_bay}   | {b4_name} | {b4_age}{b4_sex} | {b4_esi} | {b4_cc} | {b4_los} | {wit_first} | {b4_st}
{b5_bay}   | {b5_name} | {b5_age}{b5_sex} | {b5_esi} | {b5_cc} | {b5_los} | {emp_first} | {b5_st}
Waiting room: {wait} min median door-to-doc. Boarders: {q_no}.""",
        """bed,mrn,name,age,sex,esi,complaint,los_hhmm,status,provider
{b1_bay},{b1_mrn},"{b1_name}",{b1_age},{b1_sex},{b1_esi},{b1_cc},{b1_los},{b1_st},{md_last}
{b2_bay},{b2_mrn},"{b2_name}",{b2_age},{b2_sex},{b2_esi},{b2_cc},{b2_los},{b2_st},{md_last}
{b3_bay},{b3_mrn},"{b3_name}",{b3_age},{b3_sex},{b3_esi},{b3_cc},{b3_los},{b3_st},{pa_last}
{b4_bay},{b4_mrn},"{b4_name}",{b4_age},{b4_sex},{b4_esi},{b4_cc},{b4_los},{b4_st},{pa_last}
{b6_bay},{b6_mrn},"{b6_name}",{b6_age},{b6_sex},{b6_esi},{b6_cc},{b6_los},{b6_st},
# export {v_iso} {tstamp} workstation {ip2} user {chg_lf}""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_physician_note": (
        """ED PROVIDER NOTE
Patient: {pt_full}  MRN {mrn}  DOS {v_date}  Encounter {fin}
Attending: {md_full}, MD   Resident: {res_full}, DO   Scribe: {wit_first}

HPI: {age} y/o {sex} with hx of {eponym} and AF on {brand} presents with {cc}. Symptoms began
around {t_ampm}. Seen here {prior_date} for similar, discharged. Pacemaker placed {yr} (device
SN {dev}); interrogation by rep shows normal function.
Exam: BP {bp}, HR {hr}, SpO2 {spo2}. GCS {gcs}. {eponym} absent.
MDM: {rule} applied. Troponin {trop}, lactate {lac}. ECG: {ekg}. {ct}.
Given {med1}, {med2}. HEART score {heart}.
Dx: {icd} / {icd2}.  Dispo: {dispo}.
Discussed with Dr. {cons_last} (cardiology) at {tstamp}. Critical care time {minutes2} min excl. procedures.
E/M {cpt}. Electronically signed {md_fi} {v_dt}""",
        """HPI
Pt is a {age_w} year old female brought by {rel} {nok_full} after being found on the floor of
her apartment at {street}, Apt {apt}. Last seen normal the evening before. Son reports she has "not
been herself" since her hospitalization at {fac} in {yr}.
ROS otherwise negative. PMH: {eponym}, HTN, DM2 ({icd2}).
EXAM  T {temp} HR {hr} BP {bp} RR {rr} {spo2}. Alert to self only. {eponym}.
COURSE  {med1}. CK pending, K {k}, Hgb {hgb}, INR {inr}. CT: {ct}.
ASSESSMENT  {icd} - fall, rhabdo r/o. {rule} low risk.
PLAN  admit {bedreq}; hospitalist Dr. {cons_fi} accepts. Son's number {nok_phone}.
{md_lf} MD / NPI {npi}""",
        """Emergency Physician Documentation -- {v_long}
{pt_lf} (MRN {mrn_plain}) is a {age}-year-old here with {cc}.
Onset: {t_ampm}. Per EMS ({unit}), found by coworker {wit_full} at {uc_fac}, where pt works.
Meds: {brand}; {med2} given prehospital.
Exam notable for {eponym}. GCS {gcs_c}.
Results: WBC {wbc}, Hgb {hgb}, K {k}, troponin {trop}, EtOH {etoh}.
Imaging: {ct}.
Impression: {icd}.  Plan: {dispo}; f/u PCP Dr. {pcp_full} by {fu_date}.
I personally saw and examined the patient. -- {md_full}, MD   {tstamp}""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_nursing_note": (
        """ED NURSING PROGRESS NOTE  {v_us}
{tstamp} Pt {pt_fi} received from triage to {bay}. A&Ox4, skin warm/dry. IV {cath} placed, labs sent.
{t2} {med1} given per order of Dr. {md_last}. Pain {pain} -> reassess.
{t3} LVAD pt: HeartMate driveline site c/d/i, controller serial {dev2}, flow 4.{kcal} L/min, speed and
power within pt's usual. VAD coordinator {cm_full} paged at {md_phone}.
{t4} Wife {nok_first} at bedside, updated. Belongings list signed, bag #{q_no}.
{t5} Report given to {rn_full} RN on {bedreq}. Pt transported on monitor by {role}.
-- {rn_lf}, RN""",
        """NURSING NOTE / FLOWSHEET SUMMARY
Patient: {pt_caps}     MRN: {mrn}      Arrived: {v_dt}
Time  | BP      | HR  | RR | SpO2 | Pain | Note
{t2}  | {bp}  | {hr} | {rr} | {spo2} | {pain} | received in {bay}
{t3}  | {bp2} | {hr} | {rr} | {spo2} | {pain} | {med1}
{t4}  | {bp2} | {hr} | {rr} | {spo2} | {pain} | sister {nok_full} at bedside, phone {nok_phone}
Sitter: {emp_first} (1:1) per {policy}. Valuables: watch, wallet with {payer} card.
Tetanus booster {lot}, {exp} (stock vial). Insulin pump SN {dev} removed, bagged with belongings.  Pt states lives alone in {hood}, {city}.
{rn_first} RN""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_fasttrack_visit": (
        """FAST TRACK VISIT  {v_date}   Room {b1_bay}
Provider: {pa_full}, PA-C (supervising: Dr. {md_last})
Patient {pt_full}, DOB {dob}, {age_yo} yo, here with {cc}.
Mechanism: cut hand on glass at work ({uc_fac}). Last tetanus {yr}.
Exam: 3.{kcal} cm linear lac dorsum L hand, no tendon involvement. {rule} not applicable.
Procedure: lac repair {cpt} - irrigated 500 mL NS, 1% lidocaine 4 mL, 5-0 nylon x{q_no}.
Tdap given ({lot}, {ndc}).
Dx {icd}.  Sutures out in 10 days at PCP ({pcp_full}, fax {pcp_fax}).
Work note provided. Pt's cell {pt_cell}.""",
        """FT-{q_no} | {pt_lf} | MRN {mrn} | FIN {fin}
Seen {v_dt} by {pa_fi} NP.
S: {cc} x 2 days. {rule}: negative. O: T {temp}, HR {hr}, pain {pain}.
A: {icd} ({sev}).  P: {rxdrug}. RICE, crutches. Ortho f/u Dr. {cons_last} {fu_date}.
Disposition {tstamp}: home with mother {nok_full}.
Address confirmed {street}, {city} {zip}.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_urgent_care_visit": (
        """{uc_fac}
Patient: {pt_full}    DOB: {dob}    Visit: {v_date}
Insurance: {payer} ID {member} Group {group}   Copay collected {money}
Provider: {pa_full}, FNP-C   NPI {npi}
CC: {cc}.  Vitals T {temp} HR {hr} BP {bp} SpO2 {spo2}.
Rapid strep neg; flu/COVID POC neg ({loinc}). {rule} 1.
Dx {icd}.  Rx: {rxdrug} sent to pharmacy (NCPDP {ncpdp}).
Return precautions given. Pt portal: {url}
CPT {cpt}, POS 20.""",
        """URGENT CARE PROGRESS NOTE
{pt_lf} / {age} / {sex}     Acct {acct}
Seen on {v_us} at {t_ampm}. Accompanied by husband {nok_first}.
Hx: {cc}; seen at {fac} ED {prior_date}, told to follow up here.
Exam: {eponym}. Pain {pain}.
Plan: {med1} in clinic. X-ray ordered ({cpt}).
Pt lives at {street}, {city}, {state} {zip}; phone {pt_phone}; email {pt_email}.
-- {pa_fi}, PA""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_epcr_run_report": (
        """PATIENT CARE REPORT (ePCR)     Agency #{agency}   Unit: {unit}
Incident #: {incident}      PCR #: {pcr}
Date: {v_date}   Dispatched {t2}  En route {t3}  On scene {t4}  Pt contact {t5}  Transport {t6}  At dest {t7}
Scene: {street}, {city}, {county_bare} Co.   Cross st: {xst}
Pt: {pt_lf}   DOB {dob}   Age {age}   SSN {ssn}
Home address: same as scene.  Phone {pt_phone}
Insurance: {payer} member {member}
CC: {cc}.  MOI: {mech}.
Vitals  {t5}: BP {bp} P {hr} R {rr} SpO2 {spo2} GCS {gcs} ({gcs_c}) BGL {gluc}
        {t6}: BP {bp2} P {hr} R {rr} SpO2 {spo2}
Tx: {cath}; {med2}; {med1}. {device} applied.
Insulin pump (serial {dev}) suspended per med control.
Destination: {fac}, {bay}.  Transfer of care to {rn_full} RN at {t7}.
Crew: {medic_full} (Paramedic, lic {emt_lic}), {medic2_full} (EMT, {emt_lic2})
Billing: {hcpcs} ALS1 emergency, A0425 x {ambu_mi} loaded miles.""",
        """RUN REPORT  {unit} / {unit2}
INC {incident}  {v_caps}
RESPONDED TO {street_caps}, {city_caps} FOR {cc}
PT {pt_caps}, {age} YO {sex}, DOB {dob_caps}, DL {dl}
PT DRIVER OF VEHICLE PLATE {plate} ({state}), VIN {vin}, {mech}. EXTRICATION {mins} MIN.
PD ON SCENE: OFC {off_last}, CASE {police}.
GCS {gcs} / BP {bp} / HR {hr} / RR {rr} / {spo2}
TX: C-COLLAR, {device}, {cath}, {med1}
TRANSPORTED PRIORITY 1 TO {fac}. TRAUMA ALERT CALLED {t3}.
PCR {pcr}   MEDIC {medic_lf} #{emt_lic}""",
        """ePCR narrative -- {pcr}
{unit} dispatched {t2} to a residence ({street}, Unit {apt}, {city} {zip}) for a {age_w}-year-old
female, fall. On arrival pt found supine on kitchen floor, alert, GCS {gcs}. Pt's grandson
{nok_full} ({nok_phone}) called 911. Pt states she "slipped." Med list on fridge: {brand}, {med2}.
Pt is DNR per POLST on file (signed {plan_date}). L hip shortened and externally rotated. {med1}.
Transported BLS to {fac2}. Report to charge RN {chg_full}.
Signed: {medic_fi}, EMT-P ({emt_lic}) / {medic2_fi}, EMT""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ems_radio_handoff": (
        """[radio log, {fac} MedCom, {v_iso} {tstamp}]
"{fac}, {unit} on Med channel 4, how copy?"  "Go ahead {unit}."
"We're en route your facility with a {age}-year-old female, {cc}. Pt is {pt_first} {pt_last}, she
is a regular of yours, MRN she says is {mrn_plain}. Vitals BP {bp}, heart rate {hr}, sats {spo2} on
{q_no} liters, GCS {gcs}, sugar {gluc}. We've given {med2}. ETA {mins} minutes."
"Copy {unit}, ETA {mins}, {bay}. Receiving RN {rn_first}."
Logged by {wit_fi} (MedCom).""",
        """MIST HANDOFF - {unit} -> {bay}  {v_short} {t4}
M: {mech}
I: {ct}; deformity L femur; {eponym}
S: BP {bp} HR {hr} RR {rr} SpO2 {spo2} GCS {gcs_c}
T: {device}, {cath}, {med1}, TXA
Pt name per wallet: {pt_full}, DOB {dob}. Wife {nok_full} notified by PD ({off_full}), phone {nok_phone}.
Handoff from {medic_first} to {rn_first}/{md_last} at {t5}.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_trauma_activation_log": (
        """TRAUMA ACTIVATION -- {lvl}
Pt: {pt_alias} (temporary) -> registered as {pt_lf} {t6}
Activation {v_dt}  Arrival {t3}  Surgeon at bedside {t4}  To CT {t5}
MOI: {mech}. Driver; vehicle plate {plate}, VIN {vin} (per trooper {off_full}, report {police}).
Primary: A patent, B {eponym}, C BP {bp} HR {hr}, D GCS {gcs} ({gcs_c}), E abrasions.
FAST: {ct}. Units: 2 PRBC, 1 FFP via {device}.
RTS {rts}  ISS est. {iss}
Team: {md_full} (trauma), {res_first} (PGY-3), {rn_full} (recorder)
Identification: fingerprint template {bio} submitted to state AFIS by PD; face photo {photo} taken
at {t2} for ID. Family ({nok_full}, {nok_phone}) arrived {t7}.
Dispo: {dispo}.""",
        """TRAUMA FLOW SHEET  pg 1 of 2          {fac}
Name {pt_caps}   MRN {mrn}   Age {age}   Arrival {v_dt}   Unit {unit}
Mechanism {mech}    Helmet/restraint: Y
Time | Event
{t2} | activation paged, {lvl}
{t3} | pt arrival {bay}
{t4} | primary survey - GCS {gcs}, BP {bp}
{t5} | {med2}
{t6} | CT pan-scan: {ct}
{t7} | {dispo}, Dr. {cons_last}
Scene: {xst} at {xst2}, {city}.  Patient's address {street}, {city2} {zip}.
Recorder: {rn_lf}  RN lic {rn_lic}""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_trauma_registry_abstract": (
        """TRAUMA REGISTRY ABSTRACT          Registry # {registry}
Facility: {fac}       Abstractor: {emp_full}
Patient: {pt_lf}    MRN {mrn}    Acct {fin}
DOB {dob}   Age {age}   Sex {sex}   Race/ethnicity: declined
Residence ZIP {zip}   County {county}
Injury date/time: {inj_date} {tstamp}   Injury place: {street}, {city}  ({icd2})
E-code: {icd}   Mechanism: {mech}
Vehicle: VIN {vin}   Plate {plate}
Prehospital: {unit}, PCR {pcr}, scene GCS {gcs}, SBP {bp}
ED arrival {v_dt}   ED dispo {dispo}   ED LOS {b1_los}
AIS max {ais}  ISS {iss}  RTS {rts}  TRISS Ps 0.{kcal}2
Hospital discharge {rev_date}   Discharge disposition: home w/ services
Payer: {payer} {member}""",
        """REGID|MRN|LAST|FIRST|DOB|INJDATE|ZIP|ISS|RTS|GCS|ECODE|DISPO
{registry}|{mrn_plain}|{pt_last}|{pt_first}|{dob_iso}|{inj_date}|{zip5}|{iss}|{rts}|{gcs}|{icd}|{dispo}
# abstracted {rev_date} by {emp_lf}; validated by TPM {cm_full}
# NTDB submission file {ver}; facility NPI {fac_npi} (organisation)""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_stroke_alert_log": (
        """STROKE ALERT LOG (ED)           {v_long}
Pt {pt_full}   MRN {mrn}   Age {age}   Pre-notified by {unit}: LAMS {lams}, {rule} positive
LKW: {v_dt} per wife {nok_first} ({nok_phone})
Door {t2} | Neuro at bedside {t3} | CT {t4} (door-to-CT {d2ct} min) | Bolus {t5} | DTN {d2n} min
NIHSS {nihss}. BG {gluc}. BP {bp} -> {med2}. INR {inr}. {ct}.
Lytic: {tpa}. Wt {wt}.
Telestroke: Dr. {cons_full} connected from {ip} at {t3}; consent obtained from pt.
Implantable loop recorder present (SN {dev}); last transmission reviewed.
EVT: transfer to {fac2} for thrombectomy; accepting Dr. {cons_last}. Transfer center ref {ticket}.
Stroke coordinator: {cm_fi}.  GWTG record {study}.""",
        """Code Stroke timeline -- {fac}
patient,{pt_lf}
mrn,{mrn}
dob,{dob}
arrival,{v_dt}
lkw,{t2}
ct_read,{t4}
needle,{t5}
dtn_min,{d2n}
nihss_arrival,{nihss}
drug,{tpa}
stroke_md,{md_fi}
pharmacist,{rx2_full}
notes,"Pt lives in {hood}; daughter {nok_full} drove pt in, car plate {plate2} left in ambulance bay. Aspiration screen failed."
""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_stemi_alert_log": (
        """STEMI ALERT (ED-activated)   {v_dt}
Patient: {pt_lf}    MRN {mrn}    FIN {fin}    {age}y {sex}
First medical contact {t2} ({unit}, 12-lead transmitted)   Door {t3}   Activation {t4}
Cath lab arrival {t5}   Wire crossing {t6}   D2B {d2b} min
ECG: {ekg}.  Troponin {trop}.
Meds: {med2}; heparin per {policy}.
ICD in situ (Medtronic, serial {dev}); no shocks per interrogation.
Interventionalist: Dr. {cons_full}.  ED attending: {md_full}.
Registry: NCDR CathPCI subj {study}.""",
        """STEMI log -- Chest Pain Center metrics
{v_iso} | {pt_caps} | {mrn_plain} | DOB {dob_iso} | FMC {t2} | door {t3} | ECG {t4} (goal 10 min) |
lab {t5} | device {t6} | D2B {d2b} | {ekg} | culprit: LAD | {dispo}
Called in by {medic_fi} ({unit}); wife {nok_first} followed in own car.
Falsely activated? N.  Abstractor {emp_first}.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_boarding_log": (
        """ED BOARDING LOG  {v_us}  (house supervisor {chg_full})
MRN       | Patient             | Admit order | Bed req   | Hrs boarding | Location
{b1_mrn} | {b1_name} | {t2} | {bedreq} | {hours} | {b1_bay}
{b2_mrn} | {b2_name} | {t3} | {bedreq} | {hours} | {b2_bay}
{b3_mrn} | {b3_name} | {t4} | Psych    | {hours} | {b3_bay}
{b4_mrn} | {b4_name} | {t5} | {bedreq} | {hours} | {b4_bay}
Escalated to CNO at {t6}; surge plan {policy} level {q_no}. Next huddle {next_dt}.""",
        """Boarding note -- {pt_fi} ({mrn})
Admitted {v_dt} to {bedreq}; still in {bay} at {hours} h. Hallway bed per {policy}.
Inpatient team (Dr. {cons_last}) writing orders. Psych hold paperwork (form {form}) filed; sitter {emp_first}.
Pt's brother {nok_full} calling repeatedly at {nok_phone}; asked to speak only with {role}.
Tele bed offered at {fac2}; declined by pt.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_lwbs_log": (
        """LEFT WITHOUT BEING SEEN - daily report {v_date}
Arr   | Name                | DOB        | ESI | CC              | Left  | Callback
{t2} | {b1_name} | {dob} | {b1_esi} | {b1_cc} | {t3} | {pt_phone}
{t4} | {b2_name} | n/a | {b2_esi} | {b2_cc} | {t5} | no answer
{t6} | {b3_name} | n/a | {b3_esi} | {b3_cc} | {t7} | left msg
Callbacks by {rn_first} RN. LWBS rate {pct} ({q_no} of {census}).""",
        """LWBS follow-up call
Pt {pt_full}, MRN {mrn}, checked in {v_dt} with {cc}, ESI {esi}; not in waiting room at {t3} x3 calls.
Phone {pt_cell} -> voicemail; text sent with link {url} to return.
Secondary contact {nok_full} reached; states pt went to {uc_fac} instead.
Documented per {policy}. {rn_fi}""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ama_form": (
        """DISCHARGE AGAINST MEDICAL ADVICE
I, {pt_full}, date of birth {dob}, am leaving {fac} against the advice of Dr. {md_last}.
The risks, including {sev} harm or death, have been explained to me in my language. I understand I may return
at any time. Diagnosis discussed: {icd} ({cc}).
Patient signature: ____ (refused to sign)      Date/time: {v_dt}
Witness: {wit_full}, RN          Physician: {md_full}, MD
Capacity assessed: yes (alert, GCS {gcs}, ETOH {etoh}).
Pt left in private vehicle, {plate}, driven by friend {emp_first}. Rx: {rxdrug}.
MRN {mrn}   Acct {fin}   {form}""",
        """AMA note {v_short} {tstamp}: {pt_fi} ({age}) with {cc}, troponin {trop}, requesting to leave to care
for her husband {nok_first} at home ({street}, {city}). Capacity intact. Risks incl. MI, death explained.
Offered {med1}, f/u {fu_date}. Pt's callback {pt_phone}. Witnessed by {rn_full}. -- {md_fi}""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_elopement_report": (
        """SAFETY EVENT REPORT - ELOPEMENT      Event # {ticket}
Date/time discovered: {v_dt}      Location: {bay}
Patient: {pt_lf}   MRN {mrn}   Age {age}   On hold? Y (form {form})
Description: pt last seen {t2} by sitter {emp_full}; gown found in bathroom. Security ({role}) notified {t3},
Code Gray. Photo from registration ({photo}) distributed to security and {city} PD, officer {off_last}, case {police}.
Pt may be headed to home at {street}, Apt {apt}, or to sister {nok_full} ({nok_phone}) in {city2}.
Palm-vein registration ID {bio} flagged for alert on return.
Reported by {chg_full}, charge RN.""",
        """ELOPED {v_caps} {tstamp}  {pt_caps} MRN {mrn_plain}
Last VS {bp} {hr} {spo2}. Psych hold placed today (form {form}). Police notified ({police}).
Pt has car in lot: {plate}. Dad {nok_full} notified at {nok_phone}; reports pt's phone {pt_cell}.
Returned by PD {t5}, re-registered, photo PHOTO#{photo2}.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_return_visit_review": (
        """72-HOUR RETURN VISIT REVIEW  (Quality, peer-protected)
Index visit {prior_date} -> return {v_date}
Patient: {pt_lf}  MRN {mrn}  Age {age}
Index provider: {pa_full}, PA-C; supervising {md_full}, MD
Index dx {icd2}; return dx {icd}.  Index ESI {esi2}, return ESI {esi}.
Was return related? Y.  Missed dx? possible ({eponym} not documented).
Reviewer: Dr. {cons_last}, {v_year}-Q{kcal}.  Category: {sev}.
Letter to PCP Dr. {pcp_full} faxed to {pcp_fax} on {rev_date}.
Action: education re {rule}.""",
        """bounceback,{pt_lf},{mrn},{prior_date},{v_date},{icd2},{icd},{md_last},{pa_last},{sev}
note,"Return within {hours} h; pt states she called {md_phone} and was told to come back. Admitted {bedreq}."
reviewer,{cons_fi},{rev_date}""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_frequent_visitor_care_plan": (
        """ED INDIVIDUALIZED CARE PLAN (high utilizer)
Patient: {pt_full}  "{pt_nick}"   DOB {dob}   MRN {mrn}
Visits last 12 mo: {census}.  Last plan review {plan_date}; next review {rev_date}.
Identification: PatientSecure palm ID {bio}; registration photo {photo} on file for security.
Care team: PCP {pcp_full} (fax {pcp_fax}); case manager {cm_full} ({sw_phone}, {sw_email});
behavioral health {sw_full}.
Preferred pharmacy: NCPDP {ncpdp} (store); pharmacist {rx2_last} aware of opioid agreement.
Approach: no parenteral opioids; {med1} and {med2} acceptable. Screen for {eponym}.
Pt has portal access {url}; messages from {ip} blocked for threats {prior2_date}.
Housing: shelter at {street}, {city}; backup sister {nok_full} ({nok_phone}).""",
        """CARE PLAN ALERT -- read before treating
{pt_caps} / MRN {mrn} / DOB {dob_us}
Chronic pancreatitis ({icd}); {icd2}. Frequently presents to {fac} and {fac2}.
Plan agreed {plan_date} with pt, Dr. {md_last}, Dr. {pcp_last}: IV fluids, {med1}; avoid CT unless new fever.
Contact case mgmt {cm_fi} at {sw_email} (not the family address {nok_email}). Fax {sw_fax}.
Medicaid {medicaid}. Intrathecal pump SN {dev} - do not MRI without checking.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_case_management_note": (
        """ED CASE MANAGEMENT NOTE  {v_long}
Pt {pt_full} ({age}) MRN {mrn}, ready for dc from {bay} but unsafe home alone.
Lives at {street}, {city}, {county}. Medicare MBI {mbi}; supplemental {payer} {member}.
SSN on file {ssn_mask} (verified for SNF referral).
Spoke with daughter {nok_full} ({nok_phone}, {nok_email}). Referral faxed to {fac2} SNF admissions,
attn {emp_full}, fax {sw_fax}. Prior auth ref {pa}.
Observation status explained (MOON form {form}). Transport: {org} wheelchair van {t_ampm}.
{cm_full}, RN CM  ext {sw_phone}""",
        """CM/UR  {v_iso}
{pt_lf}  FIN {fin}  Claim {claim}
Payer {payer} member {member} grp {group}; auth {pa} for obs x {hours} h.
InterQual met. Pt's car (plate {plate}) towed from ED lot -- tow ticket {ticket}; pt asked CM to call {nok_first}.
Dispo {dispo}. -- {cm_fi}""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_social_work_note": (
        """ED SOCIAL WORK ASSESSMENT
Date {v_date}   Referred by {role}   Pt: {pt_full}  MRN {mrn}  DOB {dob}
Reason: housing insecurity ({icd2}), {cc}.
Pt reports sleeping in car (plate {plate}) near {hood} since eviction from {street}, Apt {apt}, {city} {zip}
on {prior2_date}. Income SSI; SSN {ssn} provided for benefits application.
Collateral: friend {wit_full} ({nok_phone}).
Resources: {org}; shelter bed reserved. Bus pass given ({money}).
{sw_full}, LCSW   {sw_phone}   fax {sw_fax}   {sw_email}""",
        """SW note {v_short} {tstamp} -- {pt_fi}, {age_w} y/o, found wandering near {xst}; lives w/ son {nok_full}
({nok_phone}) at {street}, {city}. Son reports increasing confusion, ?{eponym}. APS referral made, intake #{cps}.
Pt's employee ID {empid} from former job found in wallet; no other ID. SSN {ssn}. -- {sw_fi}, MSW""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_sane_referral": (
        """SEXUAL ASSAULT - ED REFERRAL TO SANE
Date/time of presentation: {v_dt}     Assault date: {inj_date}
Patient: {pt_full}   DOB {dob}   MRN {mrn}
Within 120 h: Y.  Law enforcement: reported, {city} PD det. {off_full}, case {police}.
Evidence kit # {kit} (chain of custody sealed {t4}); kit {lot} (stock).
SANE on call: {sane_full}, RN, SANE-A (cell {md_phone}) arrived {t5}.
Facial injuries photographed (full-face series {photo}).
Meds: ceftriaxone 500 mg IM, doxycycline, PEP per {policy}; bhCG {bhcg}.
Advocate from {org}. Safe contact: {pt_cell}; do NOT call home.
Fax to advocacy program, attn {sw_full}: {sw_fax}.""",
        """SANE referral (confidential)  {pt_lf}  {dob}  -- seen {v_short}
Kit {kit} collected; released to ofc {off_last} ({police}).
Follow-up clinic {fu_date}. Pt's safe email {pt_email}.
Referring ED MD {md_full}. DEA on Rx {dea}.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_abuse_screening_referral": (
        """SUSPECTED CHILD ABUSE REPORT (ED)   Intake # {cps}
Child: {pt_full}, DOB {child_dob}, age {child_age}
Address: {street}, {city}, {state} {zip}
Parent/guardian: {nok_full}, phone {nok_phone}
School: {school}, student ID {student}
Findings: patterned bruising, {icd} / {icd2}. Skeletal survey ordered. Face photos {photo} (full face, front).
Concern re caregiver's boyfriend {wit_full}; threats posted at {url_social}.
Reporter: {md_full}, MD (NPI {npi})   Call ref {ticket}   {v_dt}
Copy faxed to CPS, worker {sw_full}, fax {sw_fax}.""",
        """ELDER ABUSE/NEGLECT SCREEN -- positive
{pt_lf}, {age_w}, brought from {fac2} (facility) with stage 4 sacral ulcer; wt {wt}.
Caregiver: {nok_full}. APS report {cps} filed {v_date} by {sw_fi}.
Photos (full-face) {photo2}. Ombudsman notified. {eponym}? Hgb {hgb}.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_work_school_note": (
        """{uc_fac}
WORK / SCHOOL EXCUSE
{v_date}
To whom it may concern:
{pt_full} was seen in our clinic today. Please excuse from work/school from {v_short} through {fu_date}.
Restrictions: no lifting > 10 lb; may return {fu_md}.
Employer: warehouse, employee ID {empid}. HR contact {emp_full}, fax {md_fax}.
{pa_full}, PA-C  NPI {npi}
Questions: {md_phone}""",
        """SCHOOL NOTE -- Emergency Department
Student: {pt_full}     DOB: {child_dob}    Student #: {student}
School: {school}
Seen on {v_long} for {cc}. May return to school on {fu_date}. Excuse from PE for {kid_age} days.
Parent {nok_full} ({nok_email}).
{md_full}, MD""",
        """NOTA DE TRABAJO / WORK NOTE
Paciente: {pt_full}   Fecha de nacimiento: {bday_es}
Visto hoy {v_us}. Puede regresar al trabajo el {fu_date}, sin restricciones.
Empleador: fax {md_fax}, attn {emp_first}.
Dr. {md_last}, lic. {med_lic}""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_discharge_instructions": (
        """EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS
Name: {pt_full}         Date of visit: {v_date}        MRN: {mrn}
You were seen by: Dr. {md_last} and {rn_first}, RN
Your diagnosis: {cc} ({icd})
Medicines: {rxdrug}. Continue {brand}. Do not drive after {med1}.
Follow up with {pcp_full} on {fu_date}; we faxed your records to {pcp_fax}.
Return for worsening pain, fever > 101 F, or {eponym}.
View your results: {url}      Questions: {md_phone}
Signature on file. {form}""",
        """INSTRUCCIONES DE ALTA -- Departamento de Emergencias
Nombre: {pt_full}    Fecha: {v_date}    Expediente: {mrn}
Diagnóstico: {cc} ({icd}).
Cita de seguimiento: Dr. {pcp_last}, {fu_date} a las {t_ampm}. Dirección de la clínica: {street}, {city}.
Medicamentos: {rxdrug}.
Regrese si tiene dolor de pecho o dificultad para respirar.
Intérprete: {wit_first} (ID {empid}).  Portal: {url}""",
        """D/C INSTRUCTIONS  {pt_caps}  {dob}  Acct {fin}
Laceration repair: keep dry {hours} hrs. Suture removal {fu_md} at {uc_fac}.
Tdap given ({lot}). Pain: acetaminophen 650 mg q6h PRN; {med1} given here.
Questions call nurse line or Dr. {md_last} at {md_phone}. Email copy sent to {pt_email}.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_emtala_transfer_form": (
        """PHYSICIAN CERTIFICATION FOR TRANSFER (EMTALA)          {form}
Patient: {pt_lf}   DOB {dob}   MRN {mrn}   SSN {ssn}
Transferring facility: {fac}  (facility NPI {fac_npi})
Receiving facility: {fac2}   Accepting physician: Dr. {cons_full}   Accepted {v_dt}
Bed/unit: {bedreq}   Report called to {rn_full} RN at {t5}
Reason: higher level of care - {ct}. Benefits outweigh risks.
Condition: {sev}; vitals BP {bp} HR {hr} GCS {gcs}.
LVAD serial {dev2} - coordinator notified.
Mode: {unit} ALS / critical care; {org}.
Records, imaging (CD) sent; faxed to {md_fax}.
Certifying physician: {md_full}, MD   Lic {med_lic}   NPI {npi}
Patient/representative consent: {nok_full} ({rel}), phone {nok_phone}""",
        """TRANSFER CENTER LOG  ref {ticket}
{v_iso} {tstamp} call from {fac} ED (Dr. {md_last}, {md_phone}) re {pt_fi}, {age}, {cc}.
Accepted by {cons_fi} to {bedreq}. Transport {unit}, ETA {mins} min. Insurance {payer} {member}.
Sending fax {md_fax}. {rule}.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_prescription": (
        """{fac} - EMERGENCY DEPARTMENT PRESCRIPTION
Patient: {pt_full}     DOB: {dob}
Address: {street}, {city} {zip}
Date: {v_date}
Rx: {rxdrug}
Dispense as written: no     Refills: 0
Prescriber: {md_full}, MD   DEA {dea}   NPI {npi}
EPCS two-factor: fingerprint template {bio2}
Rx# {rxnum}""",
        """ERx transmitted {v_dt}  -> pharmacy NCPDP {ncpdp}
PT {pt_caps}  DOB {dob_us}  PH {pt_phone}
DRUG {rxdrug}
SIG see above. Qty per Rx. NDC {ndc}
PRESCRIBER {md_lf}  DEA {dea}  NPI {npi}  (facility NPI {fac_npi})
PDMP checked {tstamp}, no red flags. Rx number {rxnum2}.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_registration_facesheet": (
        """ED QUICK REGISTRATION / FACE SHEET
Name (Last, First MI): {pt_lf}         AKA: {pt_nick}
DOB: {dob}   Age: {age}   Sex: {sex}   SSN: {ssn}
Address: {street}, {unit_lbl}{apt}
City/State/ZIP: {city}, {state} {zip}    County: {county}
Home ph: {pt_phone}   Cell: {pt_cell}   Email: {pt_email}
Emergency contact: {nok_full} ({rel})  {nok_phone}
Guarantor: self    Employer: {org}
Primary ins: {payer}   Member ID: {member}   Group #: {group}
MRN: {mrn}   FIN: {fin}   Arrival: {v_dt}
ID verified: DL {dl}; palm-vein template {bio}; photo {photo}
Registrar: {emp_first}    Pre-registered online from {ip}""",
        """REG  {v_compact}  {pt_ocr}  MRN {mrn_ocr}
DOB {dob}  SS# {ssn}  INS {payer} {member}
ADDR {street_caps} {city_caps} {zip}
PHONE {pt_phone}  NOK {nok_lf} {nok_phone}
Registered by {emp_fi}, {t_ampm}. Armband printed.""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_unidentified_patient_log": (
        """UNIDENTIFIED PATIENT LOG
Temporary name: {pt_alias}   Temp MRN: {mrn_ext}   Arrival {v_dt} via {unit}
Est. age {adult_age}s. Found at {xst} and {xst2}, {city}.
Identification steps:
  {t2} face photograph {photo} taken and uploaded to security.
  {t3} fingerprint template {bio} sent to PD ({off_full}).
  {t4} tattoo on L forearm "{nok_first}".
  {t5} ID confirmed by PD as {pt_full}, DOB {dob}, address {street}, {city2}. Records merged into MRN {mrn}; SSN {ssn_mask} per PD.
Family notified: {nok_full} ({nok_phone}) at {t6}. {role} informed.""",
        """DOE LOG  {v_us}  {pt_alias}  temp {mrn_ext}  {bay}
Photo {photo2}; print {bio2}. Wallet: none. Possessions: phone locked, {money} cash.
Identified {next_date} as {pt_caps}, DOB {dob_caps}, inmate no. {doc} (released from county jail last week).""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_virtual_urgent_care": (
        """VIRTUAL URGENT CARE VISIT (video)
Patient: {pt_full}   DOB {dob}   Location during visit: home, {city}, {state}
Session {url}   Patient IP {ip}   Start {v_dt}   Duration {mins} min
Verified identity with DOB and address ({street}). CGM transmitter {dev2} data shared on screen. Callback if dropped: {pt_cell}.
CC: {cc}.  Self-reported temp {temp}, pain {pain}.
Assessment: {icd}. Plan: {rxdrug}. If chest pain, go to ED.
Provider: {pa_full}, NP (NPI {npi}) from {ip2}.
CPT {cpt}-95.""",
        """telehealth audit | {v_iso} {tstamp} | user {pa_lf} | patient {pt_lf} ({mrn}) | client {ip} | join link {url} | email confirmation sent to {pt_email} | status completed""",
    ),
    # ------------------------------------------------------------------------------------------------------
    "sc_ed_adt_hl7_feed": (
        """MSH|^~\\&|EDIS|ED|ADT|HOSP|{v_hl7}||ADT^A04|{t2}{t3}|P|2.5.1
EVN|A04|{v_hl7}
PID|1||{mrn}^^^HOSP^MR||{pt_last}^{pt_first}^||{dob_hl7}|{b1_sex}|||{street}^^{city}^{state}^{zip5}||{pt_phone}|||||{fin}|{ssn}|||||||||
NK1|1|{nok_last}^{nok_first}|{rel}|||{nok_phone}
PV1|1|E|ED^{b1_bay}^01||||{npi}^{md_last}^{md_first}|||EME||||||||ER|{fin}
IN1|1|{group}|{payer}|||||||||||||||||||||||||||||||||||{member}""",
        """ADT A08 summary: MRN {mrn}, {pt_lf}, DOB {dob_iso}, ED arrival {v_dt}, PCP {pcp_lf}, attending {md_lf},
plan {payer} {member}, acct {fin}, SSN {ssn}.""",
    ),
}

# ------------------------------------------------------------------------------------------------------------
# identifier-free notes: every key below is a look-alike (values.lookalikes)

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """ED TRIAGE PROTOCOL CARD ({policy})
ESI {esi}: requires immediate life-saving intervention? If no, high risk or confused/lethargic?
Danger-zone vitals: HR > {hr}, RR > {rr}, SpO2 < {spo2}. Pain {pain} alone does not up-triage.
Standing orders: ECG within 10 min for chest pain; {loinc} troponin; {med2}.
Reviewed by the ED nurse practice council, {yr}.""",
    """STROKE ALERT METRICS - monthly summary ({yr})
Alerts: {census}. Median door-to-CT {d2ct} min; median DTN {d2n} min (goal 45). Lytic given: {q_no}.
Agents: {tpa}. NIHSS median {nihss}. LAMS >= 4 routed to thrombectomy center per {policy}.
Outliers reviewed by the stroke committee; {pct} within target.""",
    """STEMI program dashboard
D2B median {d2b} min; FMC-to-device {minutes2} min. False activations {pct}.
Typical ECG finding: {ekg}. Loading dose {med2}. Registry version {ver}.""",
    """AMBULANCE BILLING CODE CHEAT SHEET
{hcpcs} - ALS emergency / BLS per payer; A0425 ground mileage ({ambu_mi} mi typical). Revenue code {rev}.
Modifier origin/destination codes: RH, HR, SH. Units {unit} and {unit2} bill under agency #{agency}.
Medicare fee schedule example: {money}.""",
    """TRAUMA TEAM ACTIVATION CRITERIA ({lvl})
GCS <= {gcs}; SBP < 90 at any time; RTS < {rts}; penetrating injury to torso; {mech}.
ISS >= {iss} is reported as major trauma. Apply {rule}. Form {form}.""",
    """Pharmacy ED stock audit
{brand} autoinjector {lot}, {exp}; {ndc}. Naloxone kits x{q_no}.
Alteplase vials checked. {device} restocked in {bay}. Money value of expired stock {money}.""",
    """ED huddle {t_ampm}: census {census}, {q_no} boarders (longest {hours} h), waiting room {wait} min.
{role} covering fast track; {role2} out sick. {bay} closed for cleaning. CT down {mins} min.
Reminder: {policy} re hallway beds; sepsis bundle compliance {pct}.""",
    """Discharge education handout: Ankle sprain
Most sprains heal in 2-6 weeks. {rule} were used to decide about x-rays.
Take ibuprofen 400-600 mg every 6-8 hours with food, or acetaminophen 650 mg. Ice 20 min.
Return if numbness or color change. Handout {form}.""",
    """ICD-10 / CPT quick reference for ED coders
{icd} - {cc}; {icd2}; E/M {cpt}; critical care 99291 (30-74 min); add-on 99292.
DRG example {drg}. Observation G0378 per hour. Rev code {rev}. SNOMED {snomed}.""",
    """EMS radio template (teaching)
"Medic {q_no} to base, en route with a {age_yo}-year-old male, {cc}, BP {bp}, HR {hr}, GCS {gcs}.
ETA {mins}." Protocol {policy}.""",
    """LWBS / AMA quality rollup
LWBS {pct} of {census} arrivals; AMA rate {pct}. Median wait {wait} min. Peak {t2}-{t3}.
Primary reasons: wait time, cost ({money} copay). Action plan {policy}.""",
    """Sepsis screen (adult) - tool {ver}
SIRS: T > 38.3 C or < 36; HR > 90; RR > 20; WBC > 12 or < 4. Lactate {lac} -> repeat.
30 mL/kg crystalloid for lactate >= 4. Antibiotics within 1 h ({med1}). ICD {icd}.""",
    """GCS reference: eye 1-4, verbal 1-5, motor 1-6. Example {gcs_c} = {gcs}. Intubate for GCS <= 8.
Pediatric modification applies under age 2. {eponym} may confound.""",
    """Frequent visitor program overview
Patients with >= {q_no} visits in 12 months get a plan; reviewed quarterly by {role2}.
Typical plans: no IV opioids, {med1}, {org} referral. Policy {policy}.""",
    """Interfacility transfer checklist (EMTALA) {form}
[ ] physician certification  [ ] accepting MD  [ ] receiving bed  [ ] records/imaging
[ ] appropriate transport ({unit}: ALS/CCT) [ ] consent. Facility NPI {fac_npi}; CLIA {clia}.""",
    """Work note template (blank) - Urgent Care
Patient was seen on ____ and may return to work on ____. Restrictions: ____.
Provider: ____  Version {ver}. Charge for duplicate note {money}.""",
    """Nursing flowsheet norms (adult)
BP {bp} flagged if SBP > 180; HR {hr}; RR {rr}; SpO2 {spo2}; T {temp}; pain {pain} reassess in 30-60 min.
Fall risk: Morse >= 45. {device} in each bay. Ratio {ratio} in resus.""",
    """Case mix report {yr}: top ED diagnoses {icd}, {icd2}; admissions to {bedreq} {pct};
CPT {cpt} share {pct}. Payer mix: {payer} {pct}, {org}. Avg charge {money}.""",
    """Sexual assault kit inventory
Kits on hand: {q_no}; {lot} {exp}. PEP starter packs x{q_no}. Policy {policy}; SANE call schedule posted by {role}.
bhCG test sensitivity <5 mIU/mL.""",
    """Trauma registry data dictionary excerpt
ISS: sum of squares of top 3 AIS regions (e.g. AIS {ais}). RTS: coded GCS, SBP, RR (e.g. {rts}).
E-code examples {icd}, {icd2}. NTDB version {ver}.""",
    """Prescription formulary, ED discharge
{rxdrug}
{brand} not stocked. NDC {ndc}. Opioid limit 3 days per {policy}.""",
    """Abuse screening prompts (all ages >= {kid_age})
Do you feel safe at home? Has anyone hurt you? Elder: neglect, financial abuse. Codes {icd} / {icd2}.
Report to {org} per state law; {role} documents.""",
    """Boarding dashboard: {census} ED beds, {q_no} boarding ({hours} h avg). Bed requests: {bedreq}.
Hallway spaces HW-1 to HW-12 opened per {policy}. Surge level {lvl}.""",
    """Radio channel assignments: Med {q_no} primary; {unit} and {unit2} use county ops.
Helicopter {org} ETA typical {mins} min. Landing zone checklist rev {yr}.""",
    """Syncope pathway: {rule}; ECG ({ekg}); orthostatics BP {bp} -> {bp2}; Hgb {hgb}; K {k}.
Admit if high risk; otherwise follow-up clinic. CPT {cpt}.""",
    """Chest pain pathway: HEART score {heart}; hs-troponin {trop}; repeat at 2 h. Low risk -> discharge;
aspirin 81 mg. Wells {wells}, PERC negative excludes PE. {eponym} listed in differential.""",
)
