"""Document templates for planted set 5: inpatient adult medicine, critical care and cardiology.

``{key}`` placeholders are filled from ``values.identifiers`` (typed: gold spans) and
``values.lookalikes`` (untyped clinical filler). Every note-type name starts with ``s5_``.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # ------------------------------------------------------------------ ICU flowsheet
    "s5_icu_flowsheet_export": (
        """MICU FLOWSHEET - 12H VIEW                                   printed {time2} by {rn_init}
Pt: {pt_caps}    MRN: {mrn}    FIN: {fin}    Rm {room}-{bed}  ({unit})
DOB: {dob}   Age: {pt_age}   Wt {wt} kg   Attending: {att_fl}, MD
Admit: {adm_date}   Dx: {dx} ({dx_code})   Code: {code_status}

TIME  | HR  | BP      | MAP | RR | SpO2 | T    | CVP | UOP
------+-----+---------+-----+----+------+------+-----+----
0700  | {hr} | {bp} | {map} | {rr} | {spo2} | {temp} | {cvp} | {uop}
0800  | {hr2} | {bp2} | -- | {rr} | {spo2} | -- | -- | --
{time} | {hr} | {bp} | {map} | {rr} | {spo2} | {temp} | {cvp} | {uop}

DRIPS: {drug} titrating; norepinephrine {ne_dose} mcg/kg/min; vasopressin {vaso} units/min; propofol {prop} mcg/kg/min
RASS {rass}   CPOT {cpot}   CAM-ICU neg   GCS {gcs}
Pyxis override {time3} - witness {rn2_fl}, fingerprint tmpl {bio}
Device integration: Philips IntelliVue gateway {ip}  (policy {policy})
Signed: {rn_fl}, RN  {dt1}""",
        """ICU Flowsheet (CSV export) - {unit} - gen {dt1}
patient_name,mrn,encounter,bed,dob,attending,primary_rn
"{pt_lf}",{mrn},{fin},{room}{bed},{dob},"{att_lf}","{rn_lf}"
obs_time,param,value,unit,ref
{time2},Lactate,{lact},mmol/L,0.5-2.2
{time3},hs-Troponin I,{trop},ng/L,<14
{time4},K,{k},mmol/L,3.5-5.1
{time2},Norepinephrine,{ne_dose},mcg/kg/min,
{time3},FiO2,{fio2},%,
{time4},PEEP,{peep},cmH2O,
note,"Family ({rel}) {nok_fl} updated at bedside {date_noyr}; lives in {pt_city}. Cell {nok_phone}"
note,"Hand hygiene audit {form}; SOFA {sofa}; APACHE II {apache}"
cosign,"{res_fl} MD / {att_fl} MD"
""",
        """CVICU Nursing Flowsheet -- Shift Summary {adm_date}
NAME {pt_caps} | MR# {mrn} | ACCT {acct} | BED {room}{bed}
I&O 24h: in {ccmin} mL / out {uop} mL    Wt {wt} kg (adm wt {wt})
Hemodynamics 0600: HR {hr} SR, BP {bp}, MAP {map}, CI {ci}, PA {pa_p}, SvO2 {svo2}%
Gtts: milrinone {milr} mcg/kg/min, dobutamine {dobu} mcg/kg/min, heparin {hep} units/kg/h (ptt {ptt})
Lines: {site} {gauge} day {line_day}; art line R radial
Skin: stage 2 sacrum, photo in media tab (not face)
Vis: spouse {nok_first} at bedside overnight, from {nok_city}; chaplain {chap_fl} visited
Meds pulled via Omnicell, RN bio-ID {bio}
RN: {rn_fml} ({emp})  Charge: {rn2_fl}""",
    ),
    # ------------------------------------------------------------------ I-PASS handoff
    "s5_ipass_rn_handoff": (
        """I-PASS HANDOFF  {unit} rm {room}   {dt1}
I (illness severity): WATCHER
P (patient summary): {pt_fl} ({pt_age} y/o, MRN {mrn}) adm {adm_date} from {fac_town} w/ {dx}. PMH {eponym}, AF (CHA2DS2-VASc {chads}), HFrEF EF {ef}%. On {brand} at home.
  Overnight: {alarm} x2 on tele, self-terminating; K {k} repleted, Mg {mg}.
  Drips: dex {dex} mcg/kg/h; amio 0.5 mg/min.
A (action list): [ ] AM labs {time}  [ ] call {nok_first} ({rel}) at {nok_phone} after rounds  [ ] f/u echo
S (situation awareness): if MAP < 65 start norepi per {policy}; DNR? -> currently {code_status}
S (synthesis by receiver): {rn2_fl} read back, questions answered
Giving: {rn_fl} RN   Receiving: {rn2_fl} RN""",
        """Nurse-to-nurse handoff (I-PASS), {unit}, bed {room}{bed}, {date_noyr} 1900
Illness: stable/improving.
Pt summary: {pt_lf}, DOB {dob}. Admitted {adm_date}. {dx}. Lives alone at {pt_street}, {pt_city} {pt_state}; {rel} {nok_fl} is emergency contact ({nok_phone}).
Hx: {eponym}, {eponym2}. Allergies: PCN (rash).
Vitals: {bp} / HR {hr} / {spo2}% 2L NC / T {temp}
Action: BG q6h (last {glu}); insulin gtt off at {time2}; PT/OT eval; MRI pending - pt has {device_model}, rep {tech_fl} paged for reprogramming.
Situation awareness: falls risk, bed alarm on; tele box serial {dev_sn}.
Synthesis: read back by {rn2_first}. -- {rn_init}""",
    ),
    # ------------------------------------------------------------------ SBAR page
    "s5_sbar_rn_page_log": (
        """SECURE CHAT / SBAR  sent {dt1}
To: {res_fl} (night float, {role})   From: {rn_fl} RN, {unit} x{ext}
S: {pt_lf} rm {room} - new HR {hr} irregular, BP {bp}, pt c/o palpitations.
B: {pt_age}yo adm {adm_date} for {dx}; MRN {mrn}; on {brand} {dose_mg} mg.
A: rhythm looks like AF RVR on strip, QTc {qtc} ms. K {k}, Mg {mg}.
R: please eval, ?diltiazem vs amio, ?12-lead.
Reply {time3} from {res_first}: "coming to bedside, get EKG, give metoprolol 5 mg IV x1"
Read receipt: {res_init} {time4}""",
        """PAGE LOG - {unit}
{dt1}  TO: Dr. {att_last} (cell {md_phone})  RE: {pt_caps} Rm{room}{bed} MR {mrn}
  S) SBP {bp} after {fluid} mL LR, MAP {map}, lactate {lact} (ref 0.5-2.2)
  B) POD {pod} s/p CABG x3 at {fac_town}, returned {date_noyr}
  A) possible tamponade (Beck's triad absent), CT out {uop} mL/h
  R) bedside echo? CT surgery aware? -- {rn_fl} RN
{dt2}  CALLBACK Dr {att_last}: coming in, notify {cons_fl} (CT surg fellow), hold heparin
{dt3}  Family notified: {rel} {nok_fl}, {nok_phone}""",
    ),
    # ------------------------------------------------------------------ ventilator log
    "s5_vent_rt_log": (
        """RESPIRATORY THERAPY - VENTILATOR FLOWSHEET
Patient: {pt_lf}     MRN {mrn}     Rm {room}{bed}   {unit}
Vent: Hamilton C6  S/N {dev_sn}   net {ip}   circuit chg due {date_noyr}
Intubated {dt1} by {res_fl}, 7.5 ETT @ 23 cm lip, Grade I view
DATE/TIME          MODE   FiO2  PEEP  VT   RR  PIP  Pplat  P/F
{dt2}  AC/VC  {fio2}   {peep}    {tv}  {vrate}  {pip}   {pplat}    {pf}
{dt3}  AC/VC  {fio2}   {peep}    {tv}  {vrate}  {pip}   {pplat}    --
ABG {time2}: {abg}  Lactate {lact}
SBT: failed at {mins} min (RSBI 118). Proning session 16h per ARDSnet; paralytic cisatracurium.
RT: {rt_fl}, RRT (lic {lic})   MD notified: {att_init}""",
        """RT Vent Check {date_noyr}  {time}
Pt {pt_first} {pt_last} / {mrn} / {unit} bed {room}
SETTINGS  PRVC  rate {vrate}  Vt {tv} mL (6 mL/kg PBW)  PEEP {peep}  FiO2 {fio2}%
MEASURED  Ppeak {pip}  Pplat {pplat}  driving P calc  SpO2 {spo2}%  EtCO2 {etco2}
Alarms: high pressure x3 (secretions, suctioned thick tan)
SAT/SBT screen: RASS {rass}, on {dex} mcg/kg/h dex. Not ready - FiO2 > 50.
ECMO consult placed to {cons_fl}; transfer to {fac_town2} discussed with {rel} ({nok_phone}).
Servo-u S/N {dev_sn} -- bio-med tag {stock_lot2}
-- {rt_init}, RRT""",
    ),
    # ------------------------------------------------------------------ ECMO log
    "s5_ecmo_circuit_log": (
        """ECMO SPECIALIST LOG - VV ECMO   Day {hosp_day}
Patient: {pt_fml}  MRN: {mrn}  DOB: {dob}  Bed: {unit} {room}
Cannulated {dt1} by Dr. {cons_last} (CT surgery), R IJ Avalon 31 Fr
Console: Cardiohelp  S/N {pump_sn}   HLS set {stock_lot}   oxygenator chg {date_noyr}
Data gateway {ip}
TIME  RPM   FLOW  SWEEP  FdO2  Pre/Post  ACT/antiXa
{time2} {ecmo_rpm}  {ecmo_flow}  {sweep}   100   ok       0.{pct}
{time3} {ecmo_rpm}  {ecmo_flow}  {sweep}   100   ok       --
Plasma free Hgb pending; LDH {ldh}; plt {plt}; fibrinogen 240.
Rest vent: {fio2}% / PEEP {peep} / rate 10.
Specialist: {perf_fl} CCP  Perfusion on-call cell {md_phone}  Study enrollment: {study_id}""",
        """VA-ECMO daily circuit check {adm_date}
{pt_caps} | {mrn} | {fin}
Pump S/N {pump_sn}; flow {ecmo_flow} L/min @ {ecmo_rpm} rpm; sweep {sweep} L/min
Distal perfusion cannula L SFA - Doppler signals present
Lactate {lact} -> {lact2}; pulse pressure 8; LV vent considered (Impella CP)
Anticoag: heparin {hep} units/kg/h, anti-Xa goal 0.3-0.5
Spouse {nok_fml} called at {time4} (home {nok_phone}); pt resides {pt_city}, {pt_county}
ECMO coordinator: {perf_init}  Attending: {att_fl}""",
    ),
    # ------------------------------------------------------------------ code blue
    "s5_code_blue_record": (
        """CODE BLUE RECORD  (form {form})
Event #: {case_no}     Date/time called: {dt1}     Location: {unit} Rm {room}
Patient: {pt_lf}  MRN {mrn}  Age {pt_age}  Code status prior: {code_status}
Witnessed: Y  Monitored: Y  Initial rhythm: {alarm}
TIME   EVENT
{time2} CPR started (compressor {rn_first})
{time3} Defib {dose_j} J biphasic
{time4} Epi 1 mg IV #1   EtCO2 {etco2}
{time} amiodarone 300 mg
ROSC at {mins} min. Total epi {epi_n}. Cycles {cycles}.
Team leader: Dr {att_fl}; recorder {rn2_fl} RN; pharmacy {pharm_fl} PharmD; RT {rt_fl}
Epi from crash cart {stock_lot}; Pyxis override bio {bio}
Family ({rel} {nok_fl}) notified {time5} by {res_init}
Debrief done. Signed {res_fml} MD / {att_init} MD""",
        """Resuscitation Narrative - {date_noyr}
Called overhead at {time2} to {unit} bed {room}{bed} for pulseless pt, {pt_fml} (MRN {mrn}), {pt_age}-year-old with {dx}. {rn_fl} RN found pt unresponsive after {alarm} alarm. CPR initiated; pads placed, shockable rhythm, shocked {dose_j} J. ROSC achieved after {cycles} cycles; post-ROSC BP {bp}, ETCO2 {etco2}. Pt intubated by {res_fl}. TTM 36C started. Transferred to {unit2}.
Family member {nok_first} arrived from {nok_city} and was updated by Dr. {att_last} in the family room.
Post-arrest 12-lead: STE V2-V4 - cath lab activated {time4}. Code ID {case_no}, FIN {fin}.""",
    ),
    # ------------------------------------------------------------------ rapid response
    "s5_rapid_response_call": (
        """RAPID RESPONSE TEAM NOTE
Call received {dt1}   Arrival {time2}   Trigger: SpO2 {spo2}% on 4L, RR {rr}
Pt: {pt_fl}   MRN {mrn}   {unit} {room}{bed}   DOB {dob}
Primary team: {res_fl} (hospitalist service, attending Dr. {att_last})
Assessment: {pt_age} y/o with {dx}, new AMS, GCS {gcs}, BP {bp}, lactate {lact} mmol/L (0.5-2.2), WBC {wbc}.
qSOFA 2/3. Sepsis alert fired. Blood cx x2 drawn (acc {accession}), {abx} given at {time3}.
Disposition: upgrade to {unit2}, bed {room2}. RRT RN {rn_fl}; RT {rt_first}.
Patient's {rel} {nok_fl} at bedside, updated; phone {nok_phone}.
RRT event # {case_no}""",
        """RRT call log - {date_noyr}
{time2} | {unit} rm {room} | {pt_caps} | MR {mrn} | reason: HR {hr} / {alarm}
  called by {rn_fl} | RRT RN {rn2_fl} | MD {res_fl}
  interventions: 12-lead (QTc {qtc}), {drug} bolus, CXR
  outcome: remained on unit; reassess {time3}
  outside records from {fac_town} faxed to us from {fax}
  event id {case_no}   acct {acct}""",
    ),
    # ------------------------------------------------------------------ telemetry alarms
    "s5_tele_alarm_csv": (
        """monitor_ip,bed,pt_name,mrn,alarm_ts,alarm,level,ack_by,ack_ts,comment
{ip},{room}{bed},"{pt_lf}",{mrn},{dt1},{alarm},RED,{tech_fl},{time2},"true event, RN {rn_fl} to bedside"
{ip},{room}{bed},"{pt_lf}",{mrn},{dt2},{alarm2},YELLOW,{tech_fl},{time3},artifact
{ip},{room}{bed},"{pt_lf}",{mrn},{dt3},{alarm3},YELLOW,{tech_init},{time4},"HR {hr}, QTc {qtc}"
# tele pack S/N {dev_sn}; central station {unit}; policy {policy}""",
        """TELEMETRY STRIP ANNOTATION  -- Monitor Tech: {tech_fl}
Patient {pt_fml}, {unit} {room}, MRN {mrn}, DOB {dob}
Strip {dt1}: Rhythm NSR -> {alarm}, rate {hr}, PR {pr} ms, QRS {qrs} ms, QTc {qtc} ms
Strip {dt2}: {alarm2}; 3.2 s pause; pt asymptomatic per {rn_first}
Notified: {res_fl} at {time3}; cardiology ({cons_last}) aware
Transmitter S/N {dev_sn}, channel 4412; IP {ip}
Compare to prior ECG from {prior_date} at {fac_town}""",
    ),
    # ------------------------------------------------------------------ pacemaker interrogation
    "s5_pacemaker_interrogation": (
        """DEVICE CLINIC - PACEMAKER INTERROGATION
Patient: {pt_lf}   DOB: {dob}   MRN: {mrn}
Date of service: {proc_date}    Referring: Dr. {pcp_fl}, {other_city}
Device: {device_model}   Serial: {dev_sn}   Implanted {impl_date} at {fac_town}
RA lead: {lead_model}  SN {lead_sn}
RV lead: Medtronic 5076-58   (stock lot {stock_lot} - clinic spare, not implanted)
Battery: 9.4 yrs ({batt} yrs to ERI)   Mode DDDR 60/130
RA: P {pwave} mV, imp {ra_imp} ohms, thr {ra_thr} V @ 0.4 ms
RV: R {rwave} mV, imp {rv_imp} ohms, thr {rv_thr} V @ 0.4 ms
%AP {ap_pct}  %VP {vp_pct}   AT/AF burden {af_burden}%   CHA2DS2-VASc {chads}
Remote monitor paired; next transmission {fu_date}. Portal: {url}
Interrogated by {tech_fl}, CDRS; reviewed {att_fml} MD (NPI {npi})""",
        """PPM CHECK  {proc_date}
{pt_caps}  MR#{mrn}  tel {pt_phone}
Model {device_model} / SN {dev_sn}
Leads: {lead_model} (SN {lead_sn}); RV 3830 69cm
Findings: normal device function. Sensing/thresholds stable vs {prior_date}.
 RV thr {rv_thr}V, imp {rv_imp}; RA thr {ra_thr}V, imp {ra_imp}
 {alarm} episodes: 2 (longest 14 beats), EGMs reviewed
Programming: no changes. Pt {pt_age}yo, lives in {pt_city}; drives self.
Plan: remote q91d, in-clinic 1 yr. Letter faxed to PCP {pcp_fl} at {fax}.
-- {np_fl}, NP / {att_init}, MD""",
    ),
    # ------------------------------------------------------------------ ICD remote
    "s5_icd_remote_transmission": (
        """REMOTE TRANSMISSION REPORT - ICD
Received {dt1} from home transmitter (gateway {ip})
Patient {pt_fl}    DOB {dob}    Clinic ID {mrn}
Device {device_model}  SN {dev_sn}  Implant date {impl_date}
Event: VF detected {dt2}, 1 shock 41 J, successful. Shock impedance {shock_imp} ohm.
Preceding rhythm {alarm}; AF burden {af_burden}%; %VP {vp_pct}
Patient contacted at {pt_phone} -- reports syncope while driving. Advised no driving x6 mo per state guidance; {rel} {nok_fl} to drive.
ED eval recommended at {fac_town2}. EP attending {att_fml} notified; {cons_fl} to see inpatient.
Transmission link: {url}""",
        """ICD alert (wireless) -- triage note by {np_fl}, NP, {date_noyr} {time}
{pt_lf} / MRN {mrn} / Ph {pt_phone} / alt {nok_phone} ({rel2})
Alert: RV lead impedance {rv_imp} -> 2810 ohm (noise on near-field EGM) - ?lead fracture
Lead {lead_model} SN {lead_sn}, implanted {impl_date}
Device {device_model} SN {dev_sn}
Tachy therapies turned OFF? NO - pt to come to ED now. Magnet placement instructions given.
Address confirmed: {pt_street}, {pt_city}, {pt_state} {pt_zip}
Email summary sent to {pt_email}
Case {case_no}""",
    ),
    # ------------------------------------------------------------------ LVAD clinic
    "s5_lvad_clinic_check": (
        """LVAD CLINIC VISIT  {proc_date}
Patient: {pt_fml}   MRN {mrn}   DOB {dob}   SSN {ssn}
Insurance: Medicare MBI {hpid}
INTERMACS ID {study_id}  Profile 3 at implant ({impl_date}, DT)
Pump: HeartMate 3 S/N {pump_sn}   Controller S/N {dev_sn}
Speed {lvad_rpm} rpm   Flow {lvad_flow} L/min   PI {lvad_pi}   Power {lvad_pwr} W
MAP (doppler) {map}   LDH {ldh}   INR {inr} (goal 2-3)   Driveline: healing, no drainage
Batteries: 4 sets, lot {stock_lot} (clinic loaner stock)
Caregiver: {nok_fl} ({rel}), {nok_phone}, {nok_email}
Coordinator: {np_fl}, RN  |  Attending: {att_fl}
Home monitoring upload: {url}  from {ip}""",
        """VAD coordinator phone note {dt1}
Called pt {pt_first} ({pt_nick}) at {pt_phone}. Low-flow alarm {time2} last night, resolved after fluids.
Pump SN {pump_sn}; controller SN {dev_sn}. Log download pending.
Lives {pt_street} {pt_unit}, {pt_city} {pt_zip} - 90 min drive; backup power plan confirmed w/ utility.
Local ED: {fac_town}; their ED fax {fax}.
Spouse {nok_first}: {nok_email}. Follow-up {fu_date} with Dr. {att_last}.
-- {np_init}, VAD Coordinator""",
    ),
    # ------------------------------------------------------------------ loop recorder
    "s5_loop_recorder_report": (
        """IMPLANTABLE LOOP RECORDER - MONTHLY SUMMARY
Name: {pt_caps}       DOB: {dob}
Acct: {acct}    MRN: {mrn}
Device: {device_model}   Serial #: {dev_sn}   Inserted: {impl_date}
Indication: cryptogenic stroke ({date_noyr}), {eponym}
Episodes this period: AF 0  Pause 1 (3.4 s {dt1})  Brady 2  Tachy 0  Pt-activated 1
Pt-activated event {dt2}: sinus, HR {hr}
Reviewed by {tech_fl} / {att_fl}, MD
Home: {pt_city}, {pt_state}   Phone {pt_phone}
Report faxed to neurology ({cons_fl}) {fax}""",
        """ILR insertion procedure note  {proc_date}
Pt {pt_fl}, {pt_age} yo, MRN {mrn}. Indication syncope. Consent signed by pt.
Device {device_model}, serial {dev_sn}, UDI {udi}. Insertion tool lot {stock_lot}.
L parasternal 4th ICS, R wave {rwave} mV. Steri-strips. No complications.
Operator: {att_fml}; assist {tech_fl}
Remote: pt app paired to phone {pt_phone}; clinic portal {url}
Time-out: 2 identifiers + wristband photo ({photo}) confirmed
DC home with {rel}, {nok_fl}.""",
    ),
    # ------------------------------------------------------------------ cath lab
    "s5_cath_lab_report": (
        """CARDIAC CATHETERIZATION REPORT
Patient: {pt_lf}        MRN: {mrn}       FIN: {fin}
DOB: {dob}    Procedure date: {proc_date}    Lab: Cath Lab 3
Operator: {att_fml}, MD (NPI {npi})    Fellow: {fel_fl}, MD
Referring: {pcp_fl}, {fac_town}
Indication: {dx} ({dx_code}), hs-TnI {trop} ng/L (ref <14), TIMI 4
Access: R radial 6F ({ref_no}, stock {stock_lot})
Findings: LM normal; LAD mid {stenosis}%; LCx {stenosis2}%; RCA dominant, mild disease
LVEDP 24; EF {ef}% by ventriculography
Intervention: PCI mid LAD - {stent} (lot {stock_lot2}); TIMI 3 flow
Contrast {contrast} mL Omnipaque; fluoro {fluoro} min; DAP {dap} uGym2
CPT {cpt}, {cpt2}; HCPCS {hcpcs}
Plan: ASA 81 + {brand} x12 mo; high-intensity statin. Cardiac rehab referral to {fac_town2}.""",
        """STEMI ACTIVATION / CATH TIMELINE
{pt_caps} | {mrn} | age {pt_age} | arrived by {mode} ({ems_fl}, medic) from {pt_city}
Door {dt1}  ECG {time2}  Lab activated {time3}  Wire crossed {time4}  D2B {mins2} min
Culprit: {stenosis}% prox RCA; DES {stent}
Impella CP placed for CS, S/N {dev_sn}, P-level P6; IABP not used
Hemodynamics: RA {rap}, PA {pa_p}, PCWP {pcwp}, CI {ci}
Operator {att_fl} (DEA {dea}); RN {rn_fl}; CVT {tech_fl}
{rel} {nok_fl} in waiting room; phone {nok_phone}
Case # {case_no}""",
        """Right heart cath {proc_date} - {pt_fl} ({mrn}), {fac_town}
Pre-LVAD evaluation; referred by {cons_fl}
RA {rap} / RV 48/8 / PA {pa_p} / PCWP {pcwp}; CO 3.1, CI {ci}; PVR 3.4 WU; SvO2 {svo2}%
Nitroprusside challenge: PCWP -> 16
Access R IJ 7F, micropuncture lot {stock_lot}
Performed by {att_fml}, MD; report cc {pcp_fl} fax {fax}""",
    ),
    # ------------------------------------------------------------------ EP lab
    "s5_ep_lab_ablation_note": (
        """ELECTROPHYSIOLOGY PROCEDURE REPORT
Name: {pt_fml}   MRN {mrn}   Encounter {fin}   DOB {dob}
Date: {proc_date}   Procedure: PVI (pulsed field) + CTI line   CPT {cpt}
Electrophysiologist: {att_fl}, MD, lic {lic}; Fellow {fel_fl}
Anesthesia: GA by {cons_fl}, CRNA {rn_fl}
Pre: AF persistent, CHA2DS2-VASc {chads}, HAS-BLED {hasbled}; on {brand}
Mapping: CARTO 3 {version}; catheter lot {stock_lot} (single use)
Findings: all 4 PV isolated; bidirectional block CTI
Complications: none. Groin: R femoral venous x3, Perclose x2
Post: bedrest 4h, restart {brand} tonight; f/u {fu_date} with {np_fl}, NP
Pt's spouse ({nok_fl}) updated, phone {nok_phone}""",
        """EP LAB -- DEVICE IMPLANT (CRT-D)
{pt_caps}  MR {mrn}  {proc_date}
Generator: {device_model}   SN {dev_sn}
RA lead SN {lead_sn}; LV lead {lead_model}; RV shock lead {udi}
DFT not tested. R {rwave} mV, RV imp {rv_imp}, LV thr {rv_thr} V
Operator: Dr. {att_last} (NPI {npi}); rep on site {tech_fl} (Boston Sci)
Pocket: L subpectoral; TYRX envelope lot {stock_lot}
Discharge {dc_date}; wound check 7-10 days; ID card mailed to {pt_street}, {pt_city} {pt_zip}""",
    ),
    # ------------------------------------------------------------------ stroke alert
    "s5_stroke_alert_timeline": (
        """STROKE ALERT TIMELINE  (Code Stroke, ED Pod C)
Pt {pt_lf}   MRN {mrn}   age {pt_age}   arrival {dt1}
Last known well: {dt2} per {rel} {nok_fl} ({nok_phone})
EMS: {ems_org} unit M14 (medic {ems_fl}); pt found in car, plate {plate}, at grocery lot in {other_city}
Door->CT  {mins} min | NIHSS {nihss} | ASPECTS {aspects} | CTA: L M1 occlusion
TNK {tnk} mg bolus at {time3}  (door-to-needle {mins2} min)
Groin puncture {time4}; TICI 2b; post NIHSS {nihss2}
Neuro: Dr. {cons_fl}  ED: {att_fl}  Stroke RN: {rn_fl}
Glucose {glu}; BP pre-TNK {bp}; INR {inr}; on {brand} (last dose per pharmacy fill Rx {rx})""",
        """Telestroke consult  {dt1}
Spoke/hub: {fac_town} -> comprehensive center; link {url}
Patient: {pt_fml}, DOB {dob}, MRN (spoke) {mrn2}
Neurologist {cons_fl} MD, NPI {npi}, licensed in {pt_state} ({lic})
LKW {dt2}; NIHSS {nihss} (aphasia 2, R arm 3, R leg 2); {eponym} history
Imaging: CT neg for bleed; CTA L ICA terminus
Rec: TNK {tnk} mg, transfer for thrombectomy via {mode}; ETA {mins2} min
Family: {rel} {nok_fl} drove here, car VIN {vin} left in ED bay (security notified)""",
    ),
    # ------------------------------------------------------------------ sepsis audit
    "s5_sepsis_bundle_audit": (
        """SEP-1 BUNDLE ABSTRACTION   abstractor {cm_fl}
Encounter {fin}   MRN {mrn}   Pt {pt_lf}   DOB {dob}
Arrival {dt1}   Severe sepsis presentation time {dt2}
Septic shock time: {dt3}
Element                          Time       Met
Initial lactate ({lact} mmol/L)   {time2}    Y
Blood cx before abx             {time3}    Y  (acc {accession})
Broad-spectrum abx ({abx})       {time4}    Y
30 mL/kg crystalloid ({fluid})  {time}     N - documented HF reason by {att_fl}
Repeat lactate ({lact2})         {time5}    Y
Vasopressor                     norepi {ne_dose} mcg/kg/min
Bundle compliance: FAIL ({bundle_pct}% of elements). DRG {drg}. Reviewed by QPS {date_noyr}.""",
        """Sepsis Coordinator Review -- {adm_date}
{pt_caps} ({pt_age}y) | {unit} | MRN {mrn} | acct {acct}
Source: UTI/urosepsis; WBC {wbc}; lactate {lact} -> {lact2}; SOFA {sofa}
Timeline: triage {dt1}; sepsis BPA {dt2}; abx {time3}; fluids completed {time4}
Outcome: transferred to MICU bed {room}; pressors off {date_noyr2}
Notes: came from {fac_town} (nursing home); facility contact {sw_fl} {md_phone}
Feedback sent to ED attending {att_fl} and to {rn_fl}, RN""",
    ),
    # ------------------------------------------------------------------ admission H&P
    "s5_hospitalist_admit_hp": (
        """HOSPITALIST ADMISSION H&P
Patient: {pt_fml}    MRN: {mrn}    FIN: {fin}    DOB: {dob}    Age: {pt_age}
Admit date: {adm_date}   Unit: {unit} {room}{bed}   Attending: {att_fl}, MD
PCP: {pcp_fl} ({other_city})    Ins: {hpid} grp {grp}
SSN (facesheet): {ssn}
ID verified by PatientSecure palm scan {bio}; photo captured {photo}

CC: chest pressure x2 days
HPI: {pt_age} yo with HFrEF (EF {ef}%), AF on {brand}, CKD3, {eponym}, p/w dyspnea and orthopnea. BNP {bnp}, hs-TnI {trop} -> {trop2} ng/L (ref <14), Cr {cr}.
SH: lives with {rel} {nok_first} at {pt_street}, {pt_city}, {pt_state} {pt_zip}. Former smoker quit {year}.
Exam: BP {bp}, HR {hr}, SpO2 {spo2}% RA, JVP 12 cm, bibasilar crackles, 2+ edema.
A/P: ADHF - IV {brand2} 40 mg BID, strict I/O; NSTEMI type 2 vs 1 - trend trop, cards consult ({cons_fl}); DVT ppx
Code: {code_status}  HCP: {nok_fl} {nok_phone}
{res_fl}, MD (resident) / {att_init}, MD""",
        """ADMIT NOTE (night admitter) {dt1}
{pt_caps}  MRN {mrn}  DOB {dob}  SS# {ssn}
Medicaid # {hpid}    Acct {acct}
Source: ED -> {unit}; transferred from {fac_town2}
HPI: pt is a {pt_age} year old from {hood}, {pt_city} with {dx}. Per {rel} {nok_fl} (cell {nok_phone}) pt has been more confused x3 days. Na {na}, K {k}, Cr {cr}, lactate {lact} (0.5-2.2). QTc {qtc}.
Pt photo on wristband file {photo}; bio-ID {bio}
Plan: {abx}, fluids {fluid} mL, tele, SOFA {sofa}. GOC: {code_status}.
Night hospitalist {np_fl}, NP; d/w {att_fl}""",
    ),
    # ------------------------------------------------------------------ daily progress
    "s5_hospitalist_progress_note": (
        """Hospital Medicine Progress Note -- HD#{hosp_day} -- {d2}
{pt_fl} | {mrn} | {unit} {room}
S: feels better, ambulated with PT. {rel} {nok_first} visiting.
O: T {temp} HR {hr} BP {bp} RR {rr} SpO2 {spo2}%. I/O -1.8 L. Wt {wt} kg.
Labs: Na {na} K {k} Cr {cr} Hgb {hgb} Plt {plt} INR {inr}; trop {trop} (ref <14)
A/P:
1. {dx} ({dx_code}) - improving, continue {drug}
2. AF - rate controlled; CHA2DS2-VASc {chads}; resume {brand}
3. Dispo: likely home {dc_date} vs SNF ({fac_town}); CM {cm_fl} following
{att_fml}, MD  (pager via operator)""",
        """PROGRESS NOTE  {d3}   Day {hosp_day}
Pt: {pt_lf}, {pt_age}yo    MRN {mrn}
Overnight: {alarm} on tele at {time2}; asymptomatic. Seen by {res_fl}.
Vitals {bp} / {hr} / {spo2}%; UOP {uop} mL/h
Meds: {brand} {dose_mg} mg daily, {brand2} {dose_mg2} mg BID
Echo {date_noyr}: EF {ef2}%, LVEDD {lvedd} cm
Plan discussed with pt and {rel} ({nok_fl}) by phone {nok_phone}
Expected DC {dc_date}
-- {att_init}""",
    ),
    # ------------------------------------------------------------------ consult request / reply
    "s5_consult_request_reply": (
        """CONSULT REQUEST
To: Cardiology    From: {res_fl}, MD (Hospital Medicine)    {dt1}
Patient: {pt_lf}  MRN {mrn}  Rm {room}
Question: new LBBB, trop {trop} ng/L -> {trop2}; ?ACS vs demand. EF {ef}% in {year}.
Urgency: within 24h.  Callback {md_phone}
--------------------------------------------------------------
CONSULT REPLY - Cardiology ({cons_fl}, MD; NPI {npi})  {dt2}
Seen and examined. {pt_age} yo w/ {eponym}. ECG: LBBB, Sgarbossa neg. Echo EF {ef2}%.
Rec: medical mgmt, heparin x48h, no cath now; outpatient ischemic eval in {other_city} clinic.
Discussed with primary attending Dr. {att_last}. Thank you for this consult.
Records faxed from {fac_town} ({fax2}) reviewed.""",
        """E-CONSULT (interprofessional) - Nephrology
Requesting clinician: {att_fml} (NPI {npi}) Fax {fax}
Patient {pt_fl}, DOB {dob}, MRN {mrn}, Member ID {hpid}
Q: AKI on CKD post-contrast ({contrast} mL), Cr {cr}, K {k}; on {brand}. Need for RRT?
Response by {cons_fl}, MD, {d2}: no emergent HD indication. Hold {brand}, avoid nephrotoxins, renal US. Time spent 22 min (CPT 99451).
View thread: {url}""",
    ),
    # ------------------------------------------------------------------ transfer center
    "s5_transfer_center_log": (
        """TRANSFER CENTER INTAKE   Case {case_no}   opened {dt1}
Caller: {xfer_md_fl}, MD at {fac_town}  (ph {md_phone}, fax {fax})
Patient: {pt_lf}   DOB {dob}   SSN {ssn}
Ins: {hpid}   Group {grp}
Dx: {dx}; on norepi {ne_dose} mcg/kg/min; intubated FiO2 {fio2}%
Level requested: {level}   Service: CCU   Accepting: {att_fl} (NPI {npi})
Bed assigned: {unit} {room} at {time3}
Transport: {mode} - {ems_org}, unit plate {plate}; ETA {mins2} min
Next of kin: {nok_fl} ({rel}) {nok_phone}
Face sheet + photo ({photo}) received by fax
Transfer RN: {rn_fl}""",
        """TRANSFER CTR CALL LOG {date_noyr}
TIME   | EVENT
{time2} | call from {fac_town2} ED, Dr. {xfer_md_last}, re: {pt_caps} age {pt_age}, MRN there {mrn2}
{time3} | conf call w/ accepting {cons_fl} (cards) - accepted for STEMI/CS
{time4} | bed {unit} {room} assigned; acct {fin} created
{time}  | {mode} dispatched; ambulance VIN {vin}
{time5} | pt arrived; home addr {pt_street}, {pt_city} {pt_zip}; ID photo {photo} attached to chart
notes: {rel} {nok_first} following by car
coordinator {rn_init}""",
    ),
    # ------------------------------------------------------------------ bed board
    "s5_bed_board_export": (
        """BED MGMT EXPORT  {dt1}   workstation {ip}   house supervisor {rn2_fl}
UNIT       ROOM  BED  STATUS        PATIENT                  MRN          ADMIT        ISO
{unit}  {room}  {bed}    {bed_status}      {pt_caps}     {mrn}     {adm_date}   {iso}
{unit}  {room2}  A    {bed_status2}         --                       --           --           --
{unit2}  {room}  B    OCCUPIED      {res_caps}     {mrn2}     {d2}   none
Pending admits: ED {esi}/{level}; PACU x1
Hold note: {pt_last} awaiting tele bed; family ({nok_fl}) in lobby
EVS called {time2}; transport {tech_fl}""",
        """bed_id|unit|status|pt_name|mrn|fin|photo_id|att|exp_dc|dc_dest
{room}-{bed}|{unit}|{bed_status}|{pt_lf}|{mrn}|{fin}|{photo}|{att_lf}|{dc_date}|{fac_town}
{room2}-A|{unit2}|{bed_status2}||||||
{room}-W|{unit}|BLOCKED-ISO|{nok2_lf}|{mrn2}|{acct}||{att_lf}|{date_noyr2}|home
# capacity {pct}% ; surge plan {policy}""",
    ),
    # ------------------------------------------------------------------ discharge med rec
    "s5_discharge_med_rec": (
        """DISCHARGE MEDICATION RECONCILIATION
Patient: {pt_fml}   DOB: {dob}   MRN: {mrn}   Acct: {fin}
Admit {adm_date}   Discharge {dc_date}   Attending: {att_fl} (DEA {dea}, NPI {npi})
Identity confirmed: palm-vein {bio}
MED                          HOME          DISCHARGE       CHANGE
{brand} {dose_mg} mg              daily         daily           continue
{brand2} {dose_mg2} mg             BID           STOP            stopped (QTc {qtc})
furosemide 40 mg             daily         BID             dose increased
Entresto 24/26 mg            --            BID             NEW (PA {pa})
New Rx to pharmacy: Rx# {rx}, {other_city} Pharmacy, fax {fax}
Pharmacist: {pharm_fl}, PharmD
Pt/caregiver ({nok_fl}) teach-back done; portal {url}
Ride home: {rel} - vehicle plate {plate}""",
        """DC MED REC  {dc_date}
{pt_caps}  MR {mrn}  Plan ID {hpid}
Allergies: sulfa
CONTINUE: ASA 81 mg daily; atorvastatin 80 mg qHS; {brand} {dose_mg} mg
NEW: {brand2} {dose_mg2} mg daily - prior auth {pa}
STOP: diltiazem ER
Prescriber {att_fl} MD  NPI {npi}
Send to: {pcp_fl} MD, {other_city}   fax: {fax}
Follow-up: HF clinic {fu_date}; labs (BMP) in 1 wk
Pt email for AVS: {pt_email}; photo on file {photo}; palm-vein ID {bio}""",
    ),
    # ------------------------------------------------------------------ readmission / mortality review
    "s5_mortality_readmit_review": (
        """MORTALITY REVIEW - Department of Medicine (peer review privileged)
Decedent: {pt_lf}    MRN {mrn}    Age {old_age}    SSN {ssn}
Admit {adm_date}  Death {death_date}  LOS {los} d  Unit {unit}
Attending of record: {att_fl}   Reviewer: {cons_fl}
ME notified: Y, case {me_case}; county: {pt_county}
Summary: {dx} with multiorgan failure; SOFA peak {sofa}; APACHE II {apache}; comfort care after family meeting with {nok_fl} ({rel}).
Death certificate info: residence {pt_street}, {pt_city}; informant {nok_fl}
Opportunities: delay in abx ({mins2} min); RRT not called despite MEWS 6.
Category: 2 - unexpected, possibly preventable. Claim/account {claim}.""",
        """30-DAY READMISSION REVIEW
Pt: {pt_caps} | MRN {mrn} | Index acct {acct} | Readmit acct {fin}
Index stay {prior_date} - {adm_date}; readmit {d3} (DRG {drg})
Payer ID {hpid}; claim {claim}
Root cause: HF, diuretic not titrated; f/u appt not made; pt lives alone in {pt_city} ({hood}); phone {pt_phone} disconnected
PCP {pcp_fl} not notified (fax {fax} failed)
Reviewer {cm_fl} RN CM / physician advisor {att_fl}""",
    ),
    # ------------------------------------------------------------------ family meeting / GOC
    "s5_family_meeting_goc": (
        """FAMILY MEETING / GOALS OF CARE NOTE   {dt1}
Patient: {pt_fl} (MRN {mrn}), {old_age} years old, {unit} bed {room}
Present: {nok_fl} ({rel}, HCPOA); {nok2_fl} ({rel2}); Dr. {att_last} (ICU); {sw_fl}, LCSW; Chaplain {chap_fl}; interpreter {interp_first} (ID {interp_id}) for {pref_lang}
Joined by video: grandson in {nok_city}, link {url}
Discussion: prognosis after cardiac arrest, poor neuro exam (GCS {gcs}), SOFA {sofa}.
Family values: "he wanted to die at home in {pt_city}."
Decision: transition to {code_status}; palliative consult; no re-intubation.
Follow-up {date_noyr} {time}. Family contact: {nok_phone}, {nok_email}
Parking validated for family car {plate}.
Time: {mins2} min (CPT 99497).""",
        """GOC conversation (palliative) -- {d2}
Pt {pt_lf}, {old_age}y. Spoke with pt and {rel} {nok_first} {nok_last}.
Understanding: aware heart is weak (EF {ef}%), tired of hospital; prior admissions {prior_date}, {date_noyr}.
Hopes: get home to {pt_street} in {pt_city}; see great-granddaughter's wedding in June.
Worries: being on machines.\x20
Plan: DNR/DNI, continue {brand}, hospice info ({org}) given. POLST completed - copy to {fac_town}.
{np_fl}, NP, Palliative Care ({npi})""",
    ),
    # ------------------------------------------------------------------ POLST
    "s5_polst_form_scan": (
        """PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)   {form}
Patient Last Name: {pt_last}   First: {pt_first}   DOB: {dob}
Address: {pt_street}, {pt_city} {pt_state} {pt_zip}
A. CPR: [X] Attempt Resuscitation [ ] DNR
B. Medical Interventions: [ ] Full [X] Selective [ ] Comfort-focused
C. Artificial nutrition: [X] Trial period
D. Signature of patient or LDM: {nok_fl}, relationship {rel}, phone {nok_phone}
E. Clinician: {att_fml}  License #: {lic}  Phone {md_phone}
Date signed: {sig_date}
SEND FORM WITH PATIENT WHENEVER TRANSFERRED. Fax registry {fax}""",
        """P0LST  (scanned, 0CR)
Patlent Name: {pt_caps}     Date of Birth: {dob}
Sectlon A: DNR    Section B: Comfort-Focused Treatment
Age on form: {old_age}
Healthcare agent: {nok_fml} / {rel} / ph {nok_phone}
Supervising physician: {att_fl}  MD lic {lic}  NPI {npi}
Prepared by {sw_fl} LCSW on {sig_date} at {fac_town}
Registry confirmation no. {case_no}""",
    ),
    # ------------------------------------------------------------------ interpreter / chaplain
    "s5_interpreter_chaplain_note": (
        """INTERPRETER SERVICES ENCOUNTER
Date: {date_noyr}   Start {time2}  End {time3}   Mode: VRI   Language: {pref_lang}
Interpreter: {interp_fl}  Interpreter ID #{interp_id}
Patient: {pt_lf}  MRN {mrn}  {unit} {room}
Provider: {res_fl}, MD  Encounter type: informed consent for cath
VRI session {url} from cart IP {ip}
Family present: {nok_fl} ({rel}); family email for follow-up: {nok_email}
Parking validated: {plate}
Comments: pt prefers to be called {pt_nick}.""",
        """SPIRITUAL CARE NOTE
Chaplain {chap_fl}, {unit}, {dt1}
Visited {pt_fl} ({pt_age} yo, rm {room}) at request of RN {rn_first}. Faith: {faith}.
Pt's {rel} {nok_first} and brother {nok2_fl} present, drove in from {nok_city}.
Provided prayer and presence; requested Father {tech_last} from their parish in {other_city} for sacrament of the sick - called rectory {md_phone}.
Plan: follow daily. Referral # {case_no}""",
        """Interp + chaplain joint visit {d2}
{pt_caps} (MRN {mrn}) - language {pref_lang}, interpreter {interp_first} ID {interp_id} (phone line, {time2})
Chaplain {chap_fml}. Family: {rel} {nok_fl}, {rel2} {nok2_first}.
Ritual requested after death; body release to {org}; funeral home in {pt_city}.
Family vehicle (parked in ambulance bay): VIN {vin}""",
    ),
    # ------------------------------------------------------------------ central line / restraint audit
    "s5_line_restraint_audit": (
        """CLABSI / CENTRAL LINE AUDIT   {unit}   auditor {rn2_fl} (emp {emp})
pt,mrn,line,site,insert_dt,inserted_by,day,dressing,chg_bath,necessity
"{pt_lf}",{mrn},{gauge},{site},{dt1},"{res_fl}",{line_day},intact,Y,Y
bundle checklist {form}; kit {stock_lot}
Notes: dressing changed {dt2} by {rn_fl}; CHG {pct}% compliance unit-wide""",
        """RESTRAINT / SECLUSION AUDIT - {form}
Patient: {pt_fml}   MRN {mrn}   Rm {room}{bed}   DOB {dob}
Order: {restraint}, non-violent, started {dt1} by {res_fl} (NPI {npi}); renewed {dt2}
Face-to-face within 1h: {np_fl}, NP at {time3}
Q2h checks: circulation, skin, ROM, toileting - 8/8 documented by {rn_fl}
Reason: pulling ETT / {site} line; CAM-ICU positive; RASS {rass}
Elopement risk photo on file {photo}
Security: pt's vehicle (plate {plate}) in garage level 2 - keys secured by security badge {emp}
Discontinued {dt3}""",
        """Restraint episode log   {unit}   {date_noyr}
{time2}  {pt_caps}  MR {mrn}  init {restraint}  ordered by {att_init}
{time3}  q15 obs {tech_fl}   RASS {rass}
{time4}  family ({nok_fl}) called {nok_phone}; in {nok_city}
{time}  released; reviewed {policy}
Auditor bio-sign {bio}""",
    ),
    # ------------------------------------------------------------------ cardiac rehab fax
    "s5_cardiac_rehab_fax_referral": (
        """*** FAX ***  {dt1}   Pages: 3
TO: {fac_town} Cardiac Rehab   FAX: {fax}
FROM: Heart & Vascular, {unit} discharge desk   FAX: {fax2}   Phone: {md_phone}
RE: Phase II cardiac rehab referral
Patient: {pt_fl}   DOB {dob}   Phone {pt_phone}
Address: {pt_street} {pt_unit}, {pt_city}, {pt_state} {pt_zip}
Insurance: {hpid} / Group {grp}   SSN: {ssn}
Dx: {dx} ({dx_code}); s/p PCI {proc_date}; EF {ef}%
Referring physician: {att_fml}  NPI {npi}
Confidentiality: if received in error call the number above.""",
        """fax cover -- CARDIAC REHAB REFERRAL
to: {cons_fl} / {fac_town2}   fax# {fax}
from: {np_fl}, NP   fx {fax2}
pt: {pt_lf}, dob {dob}, mrn {mrn}
event: NSTEMI {adm_date}, CABG x3 {proc_date}; EF {ef}% -> {ef2}%
start ASAP; pt lives in {pt_city} ({pt_county}); transport by {rel}, cell {nok_phone}
note: pt speaks {pref_lang}; email {pt_email}""",
    ),
    # ------------------------------------------------------------------ echo report
    "s5_tte_echo_report": (
        """TRANSTHORACIC ECHOCARDIOGRAM
Name: {pt_lf}       MRN: {mrn}       Acc#: {accession}
DOB: {dob}   Study date: {proc_date}   Location: {unit} {room}
Height {ht} cm  Weight {wt} kg  BP {bp}  HR {hr}
Ordering: {res_fl}   Sonographer: {tech_fl}, RDCS   Reader: {att_fml}, MD
LV: EF {ef}% (biplane), LVEDD {lvedd} cm, global HK; GLS -12%
RV: mildly reduced, TAPSE 1.4 cm; RVSP 48 mmHg
Valves: mod MR, mild AS (AVA 1.3 cm2); no vegetation
Compared to {prior_date} ({fac_town}): EF was {ef2}%
Contrast Definity lot {stock_lot} 1.3 mL""",
        """ECHO PRELIM (bedside, limited)  {dt1}
{pt_caps} / {mrn} / age {pt_age}
Indication: hypotension, r/o tamponade; on epi {epi_dose} mcg/kg/min
Small circumferential effusion, no RA/RV collapse; IVC plethoric
LVEF visually {ef2}%
Read by {cons_fl} (cards fellow on call {md_phone}); final to follow
Images archived at {url}""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """MICU UNIT HUDDLE - day shift
Census 18/20. Rm {room} bed {bed}: {bed_status}. Rm {room2}: {bed_status2}.
Drips on unit: norepinephrine up to {ne_dose} mcg/kg/min, vasopressin {vaso} units/min, propofol {prop} mcg/kg/min.
Vent pts: 7; highest FiO2 {fio2}%, PEEP {peep}. Proning x1.
Reminder: CLABSI bundle per {policy}; {form} due by end of shift. {role} covering rapid response.""",
    """Ventilator protocol (adult) - quick reference {version}
Initial: AC/VC, Vt 6-8 mL/kg PBW (e.g. {tv} mL), rate {vrate}, PEEP {peep}, FiO2 {fio2}%.
Goals: Pplat < 30 (current example {pplat}), SpO2 88-95%, pH > 7.25.
ARDSnet low PEEP/FiO2 table; consider proning if P/F < 150 (example P/F {pf}).
SAT/SBT daily at {time2}. RASS target {rass}. Reference: policy {policy}.""",
    """Telemetry alarm summary - {unit}, last 24 h
Total alarms: {ccmin}; actionable {pct}%.
Top: {alarm} ({mins}), {alarm2} ({mins2}), {alarm3}.
Lead-off alarms peaked at {time2}. Default QTc alert threshold 500 ms; median QTc {qtc} ms.
Action: electrode change q24h per {policy}. Central station software {version}.""",
    """Code cart check log - {unit}
Cart #3 seal intact; epinephrine 1 mg/10 mL x10 ({stock_lot}), amiodarone 150 mg x4 ({stock_lot2}).
Defibrillator self-test passed at {time}; pads exp within 12 months.
Checked by night charge RN; cosigned by the nurse manager. Form {form}.""",
    """Sepsis bundle - unit education sheet
Hour-1 bundle: lactate (ref 0.5-2.2 mmol/L; recheck if > 2), blood cultures before antibiotics, broad-spectrum abx (e.g. {abx}), 30 mL/kg crystalloid for hypotension or lactate >= 4, vasopressors for MAP < 65.
Q3 compliance {bundle_pct}%. ICD-10 {dx_code} / SNOMED {snomed}. CMS SEP-1; {drg}.""",
    """Cardiology fellow teaching points
- {eponym}: key ECG features; QTc {qtc} ms in example; QRS {qrs} ms.
- CHA2DS2-VASc {chads} -> anticoagulate (apixaban 5 mg BID; 2.5 mg if 2 of: age >= 80, wt <= 60 kg, Cr >= 1.5).
- HAS-BLED {hasbled}.
- {eponym2} vs ACS: troponin {trop} ng/L (99th pct URL 14 ng/L).
- Bring questions to {role} at noon conference, Rm {room2}.""",
    """Device clinic stock inventory
Medtronic 5076-52 leads x6 ({stock_lot}); Abbott 2088TC x4 ({stock_lot2}).
{device_model}: 2 on consignment. {lead_model}: 3.
Reorder point 2. HCPCS {hcpcs}; rev code {rev}. Inventory by the device nurse, counted at {time}.""",
    """Heparin nomogram (weight based), policy {policy}
Bolus 80 units/kg, infusion 18 units/kg/h (current example {hep} units/kg/h).
aPTT < 35: rebolus 80 units/kg, increase 4 units/kg/h. aPTT 46-70: no change (example {ptt} s).
Anti-Xa target 0.3-0.7. Check platelets daily (example {plt} K/uL). Pharmacy dosing line ext {ext}.""",
    """Cath lab case log (de-identified, QI)
Case 1: {cpt} + {cpt2}; contrast {contrast} mL; fluoro {fluoro} min; DAP {dap}.
Case 2: {stent}, {ref_no}, {stock_lot}.
Room turnover {mins} min. D2B median {mins2} min (goal <= 90). NCDR CathPCI v5.
Charges: {money}; implant {money2}. Revenue code {rev}.""",
    """Stroke program metrics - quarter summary
Door-to-needle median {mins2} min; door-to-CT {mins} min. Mean NIHSS {nihss}; post {nihss2}.
TNK dosing 0.25 mg/kg max 25 mg (example {tnk} mg). ASPECTS >= 6 for EVT.
GWTG-Stroke: {bundle_pct}% defect-free. ICD-10 {dx_code}. Reviewed at {org} meeting.""",
    """Pharmacy IV compatibility note
{drug} Y-site compatible with heparin and amiodarone per Trissel. Norepinephrine 4 mg/250 mL (16 mcg/mL), rate example {ne_dose} mcg/kg/min.
Dobutamine {dobu} mcg/kg/min; milrinone {milr} mcg/kg/min (renal adjust if CrCl < 50).
NDC {ndc}; lot {stock_lot}. Brand: {brand}. Room temp stable 24 h.""",
    """LVAD education class handout
HeartMate 3 typical: speed {lvad_rpm} rpm, flow {lvad_flow} L/min, PI {lvad_pi}, power {lvad_pwr} W.
Doppler MAP goal 70-90 (example {map}). INR goal 2.0-3.0 (example {inr}). LDH > 2.5x ULN -> evaluate for thrombosis (example {ldh}).
Change batteries at 4 bars; carry spares. Class held in Rm {room2} at {time2}.""",
    """Bed management huddle {time2}
ED boarders: 11 (ESI {esi}: 4). ICU beds available: 2 ({unit}). Tele: 0; {unit2}: 3 pending DC.
Transfers pending from outside: 4 (level {level}). Surge plan {policy} not activated.
EVS turnaround {mins2} min. Capacity {pct}%. {role} to call at 1400.""",
    """Discharge med rec checklist (pharmacy)
1. Reconcile home list vs inpatient MAR. 2. Anticoagulant: {brand} {dose_mg} mg; renal dose review (Cr {cr}).
3. QTc check if on dofetilide ({qtc} ms). 4. Entresto 36-h washout after ACEi.
5. Prior auth needed for {brand2}? Copay estimate {money}. Form {form}.""",
    """Mortality & morbidity conference agenda
Case A: {age_y} y/o with {dx} ({dx_code}), SOFA {sofa}, APACHE II {apache}; died HD {hosp_day}.
Case B: {age_rel} y/o, {eponym}, post-PCI retroperitoneal bleed, Hgb {hgb}.
Discussion led by {role}. Policy {policy} review. Years compared: {year} vs {year2}.""",
    """Family meeting best-practice card (palliative)
Before: review prognosis, SOFA ({sofa}), code status ({code_status}).
During: ask-tell-ask; use interpreter for {pref_lang}; chaplain if faith needs ({faith}).
After: document in GOC note, CPT 99497 (+99498 each add'l 30 min). Form {form}.""",
    """POLST program FAQ
Form {form} replaces the {year} version. Sections A-D; section A applies only when pulseless.
Valid across settings; the form travels with the patient. Clinician signature required (MD, DO, NP, PA).
For adults with serious illness or frailty; no notary needed. Questions to {org}.""",
    """Interpreter services - monthly volume
{pref_lang}: {ccmin} encounters; VRI {pct}%; average wait {mins} min.
ASL on-site requests require 24 h notice. Over-the-phone vendor rate {money} per minute block.
Compliance with Section 1557 notice. Report {form}.""",
    """Central line insertion checklist
Hand hygiene, full barrier, CHG prep, ultrasound, {site} preferred; {gauge} catheter.
Kit {stock_lot}. CXR confirmation before use. Daily necessity review; line day {line_day} example.
Unit CLABSI rate 0.8 per 1000 line days. Policy {policy}.""",
    """Restraint policy summary ({policy})
Non-violent restraint orders renew every calendar day; violent every 4 h (adults).
Face-to-face within 1 h for violent. Monitor q2h: circulation, skin, ROM, hydration.
Types: {restraint}. Alternatives tried first. CMS CoP 482.13(e). Form {form}.""",
    """ECMO program protocol excerpt
VV ECMO: flow {ecmo_flow} L/min at {ecmo_rpm} rpm; sweep {sweep} L/min. Rest vent FiO2 {fio2}%, PEEP {peep}.
Anticoagulation heparin {hep} units/kg/h, anti-Xa 0.3-0.5. Check LDH (example {ldh}) and plasma free Hgb daily.
ELSO registry submission within 30 d. Policy {policy}; circuit {stock_lot}.""",
    """Rapid response team metrics
Calls this month: {ccmin}. Triggers: SpO2 < 90 ({pct}%), HR > 130, SBP < 90, acute AMS.
Median response {mins} min. Upgrades to ICU {mins2}. MEWS threshold 5.
Sepsis alerts {bundle_pct}% appropriate. Presented by {role}.""",
    """Echo lab protocol reference
Biplane Simpson EF normal 52-72% (example {ef}%). LVEDD normal < 5.8 cm (example {lvedd}).
Definity dose 1.3 mL, lot {stock_lot}. CPT {cpt}. Severe AS: AVA < 1.0 cm2, Vmax > 4 m/s.
Reading room ext {ext}. Software {version}.""",
    """Hospitalist group schedule notes
Day teams 1-8, nocturnist x2, admitter 1600-2400. Census cap 16; current team avg {los}.
Cross-cover pages to {role}. 99223/99233 documentation tips. Year-end RVU target {money2}.
Meeting {time2} in Rm {room2}; topic {eponym}.""",
    """Cardiac rehab program intake criteria
Eligible: MI, PCI, CABG, stable HFrEF (EF <= 35%), valve surgery, heart transplant.
36 sessions (HCPCS 93798). Exercise Rx: HR target {hr2} bpm, RPE 11-13; BP limit {bp2}.
Exclusions: uncontrolled {alarm}. Program code {form}.""",
    """Loop recorder & pacemaker remote program -- workflow
Transmissions reviewed within 1 business day. Alerts: AF burden > {af_burden}%, pause > 3 s, VT/VF.
Billing: CPT {cpt}, 93297 (ILR remote), 93296. Global period 30 days. Batch export {version}.
Lead impedance normal 200-2000 ohms (example RV {rv_imp}). Threshold example {rv_thr} V.""",
)
