"""Document styles for set Q: disaster, mass-casualty, shelter and humanitarian medicine.

``TEMPLATES`` maps a note type to 2-4 templates; ``NEGATIVE_TEMPLATES`` use look-alike keys only.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "sq_start_triage_tag": (
        """START TRIAGE TAG  No. {tag}   (transcribed at CCP, {tactical})
MCI: {incident_no}        DATE/TIME: {stamp}
[X] {triage}    RESP {rr}  PERFUSION cap refill >2s / radial absent   MENTAL STATUS: follows cmds? N
NAME: {pt_caps}        SEX: F  AGE: {age}   WT ~{kg}
ADDR: {street}, {city} {zip}
INJURIES: crush L leg under pallet ~2 h, tourniquet (CAT) applied {time} by {medic_full}
VITALS: BP {bp}  P {hr}  R {rr}  SpO2 {spo2}
MEDS GIVEN: {dose_iv}   HOME MEDS: {med3}
TRANSPORT: {unit_call} -> {fac_name}   dep {time2}
Tagged by: {medic_last} / EMT cert {emt}      Retriaged at {time3}: {triage2}
""",
        """SALT tag recon - tag#{tag} - {d_event}
sort: walk? no / wave? yes -> individual assessment. LSI: airway opened, needle decomp R.
category {triage}. Pt states name is "{pt_first}", later confirmed by wife {nok_full} ({nok_phone}) as {pt_fml}, DOB {dob}.
home {street} {unit}, {hood}. GCS {gcs}, HR {hr}, SBP {bp}. ICD {icd}.
moved to {room} via {unit_call}; handoff to {rn_full} RN at {fac_name}. tracking # {tracking}.
""",
        """TRIAGE TAG (METTAG) - back side, copied by scribe
Tag {tag} | Time {time} | {triage}
Name/Nombre: {pt_lf}   Phone/Tel: {pt_phone}
Pertenencias: wallet, phone, keys - bag tagged same #
Allergies: PCN    Meds: {med1}
Notes: found near {road}, pinned in vehicle plate {plate}, extricated by {unit_call2}. {eponym} hx per daughter {child_first}.
Hospital dest: {dest_fac} ({dest_city})  ETA {time2}  rcvd by Dr. {clin_last}
""",
    ),
    "sq_casualty_collection_log": (
        """CASUALTY COLLECTION POINT LOG - {tactical}   {ics} attached   Op period {opperiod}
Incident {incident_no}   Date {d_event}   Scribe: {vol_full}
TIME | TAG      | NAME (if known)        | CAT        | DISPO
{time} | {tag} | {pt_lf} | {triage} | {unit_call} to {fac_name}
{time2} | (unk) | "John Doe #4", ~30s M | {triage2} | {unit_call2}, destination pending
{time3} | {tracking} | {nok_full} (spouse of above) | MINOR | walked to {shelter}
Census at close: {census} = {census_total}. Resources on scene: {resource}; {resource2}.
Remarks: {pt_last} family asking for updates, callback {nok_phone}. {role} notified.
""",
        """CCP roster export (csv)
tag_no,last,first,dob,cat,arrival,disposition,dest
{tag},{pt_last},{pt_first},{dob},{triage},{stamp},TRANSPORTED,{dest_fac}
---
ccp={tactical};incident={incident_no};recorder={staff_full};tablet_ip={ip}
note: pt c/o {pain} pain L hip; HR {hr} BP {bp}; {med1} at home. Home addr {street}, {city}, {state} {zip4}.
""",
    ),
    "sq_acs_tracking_board": (
        """ALTERNATE CARE SITE - PATIENT TRACKING BOARD   ({shelter}, {shelter_city})
Printed {stamp} by {staff_full}      Beds: {beds}
POD/BED  | PATIENT              | MRN       | AGE | ACUITY | RN          | NOTES
{room}   | {pt_caps}   | {mrn}  | {age90} | 3      | {rn_last}   | {o2_flow}, {eponym}
{room2}  | (bed clean)          |           |     |        |             |
Flags: fall risk; DNR on file ({dob90}); daughter {nok_full} {nok_phone}.
Photo on chart: {photo}. Generator {generator}. O2: {o2_supply}.
""",
        """ACS board export | site={shelter} | op={opperiod}
bed={room} name={pt_lf} dob={dob} acs_mrn={mrn} home_mrn={mrn2} admit={d_admit} exp_dc={d_dc}
dx={icd}/{icd2} meds={med1}; {med2} vitals={bp} {hr} {spo2} {temp}
dispo=home w/ {nok_first} at {street}, {city} {zip}  ride: {unit_call}
last_edit_user={staff_last} ws_ip={ip}
""",
    ),
    "sq_field_hospital_encounter": (
        """FEDERAL MEDICAL STATION / FIELD HOSPITAL - ENCOUNTER NOTE
Patient: {pt_fml}     DOB: {dob} ({age} y)    FMS MRN: {mrn}    Encounter/FIN: {fin}
Arrived {d_admit} via {unit_call} from {nh_name}.
S: {age}-year-old with {eponym}, displaced after the flood, missed 2 doses of {med1}. Lives at {street}, {city}.
O: BP {bp}, HR {hr}, RR {rr}, SpO2 {spo2} on {o2_flow}, T {temp}. {lab1}. {lab2}.
A/P: {icd} - resume home meds; {dose_iv}. {score}. Diet: {diet}.
Discussed with son {nok_full} by phone {nok_phone}. Disposition planned {d_dc} to {dest_fac}.
{clin_full}, MD (lic {md_lic}) - {team}
""",
        """Field hospital tent {room} - progress
{pt_lf}  |  MRN {mrn}  |  FIN {fin}  |  {d_event}
Overnight: temp {temp}, glucose {glucose}, no events. Renal pt - last HD {d_event_short}, needs chair at {dest_fac}. K trend: {lab1}.
Plan: transfer request placed ({mission_no}); call placed to {clin_init} at {clin_phone}.
Wife {nok_first} staying at {shelter}; reach at {pt_phone}.
-- {rn_full}, RN {rn_lic}
""",
    ),
    "sq_reunification_intake": (
        """FAMILY REUNIFICATION CENTER - INTAKE (Seeker)
FRC: {shelter} ({shelter_city})   Date: {d_event}   Intake #: {case_no}   Interviewer: {worker_full}
Seeker: {nok_full}   Relationship: mother   Phone: {nok_phone}   Email: {email}
Seeker ID shown: driver's license {dl}
Seeking: {child_full}, DOB {dob}, age {age}, last seen {d_seen} at {street}, {city}
Description: brown hair, glasses, red backpack. Photo provided: {photo} (uploaded from FRC laptop {ip})
Child ID kit fingerprint card on file: {fp}
Med needs: {med1}; {eponym}
Hotline given: {hotline}. Posted to {url}.
""",
        """REUNIFICATION - MATCH NOTE
{stamp}  Unaccompanied minor "{child_first}" at {room} matched to guardian {nok_full} (ID: DL {dl}) via photo {photo} and school ID.
Guardian address {street} {unit}, {city}, {state} {zip}. Guardian thumbprint on release form, ref {fp}. Case page closed: {url}. Verified by {worker_full} and {role}; LE present.
Child tracking tag {tag}. Released {time2}. Follow-up call {d_next} to {nok_phone}.
""",
        """FRC kiosk log  (web form submission)
submitted={stamp} src_ip={ip}
seeker_name={nok_full}; seeker_phone={nok_phone}; seeker_email={email}
sought_name={pt_fml}; sought_dob={dob}; last_known_loc={fac_name}
comments=my dad is {age90} and on {o2_flow}, was at {nh_name} when the water came up. Please call.
case={case_no} assigned_to={worker_first}
""",
    ),
    "sq_missing_person_inquiry": (
        """MISSING PERSON / WELFARE INQUIRY  (Safe and Well desk)
Inquiry No. {case_no}      Rec'd: {d_event} {time}      Taken by: {vol_full}
Subject: {missing_full} ("{pt_nick}")   Age: {age90_words}   DOB: {dob90}
Last contact: {d_seen}, phone call, said she was staying put at {street}, {city}, {county}.
Med: {med1}, {med2}; uses {mobility}; {o2_brand} oxygen.
Inquirer: {nok_full}, grandson - {nok_phone} / {email}
Photo: {photo}   Social post: {url}
Status: referred to {org} DHS + {role}.
""",
        """From: {nok_full} <{email}>
Sent: {stamp}
Subject: looking for my brother {missing_first}

Hi, my brother {missing_full} lives alone at {street} {unit} in {hood} ({city} {zip}). Haven't heard since {d_seen}. He's on dialysis MWF at the center off {road}; without power his phone is dead. Cell {pt_phone}.
I put his picture up here: {url} (file {photo}).
Please call me {nok_phone}. Thank you - {nok_first}
""",
    ),
    "sq_nursing_home_evac_manifest": (
        """RESIDENT EVACUATION MANIFEST - {nh_name}
{nh_street}, {nh_city} {zip}   Ph {site_phone}   Fax {fax}
Receiving: {dest_fac}, {dest_city}    Departure {d_event} {time}
#  | Resident            | DOB        | Age | SSN         | Medicare MBI | Mobility  | O2 / device          | Meds sent
1  | {pt_lf}   | {dob90} | {age90} | {ssn} | {mbi}  | {mobility} | {o2_flow}, conc SN {o2_sn} | {med1}
2  | (see attached)      |            |     |              |           |                      |
Resp. party: {nok_full} {nok_phone}
Escort: {rn_full} RN   Vehicle: {unit_call} plate {plate}
Signed {role} / DON {staff_full}
""",
        """NH EVAC - bus {unit_call} - seat list page 2
seat 14  {pt_caps}  MR# {mrn}  dob {dob90} ({age90} yo)  SS# {ssn}  Medicaid {medicaid}  {mobility}  DNR/POLST yes
         meds in tote: {med1}; {med2}. Diet {diet}. {eponym}.
         family: {nok_full} (dtr) {nok_phone}
seat 15  empty (resident refused, stayed with {role})
Departed {nh_name} {time} {d_event}; arrived {shelter} {time2}. Fax manifest to {fax} on arrival.
""",
    ),
    "sq_air_ambulance_manifest": (
        """PATIENT MOVEMENT MANIFEST - NDMS / AEROMEDICAL
Mission: {mission_no}    Aircraft: {unit_call}    Date {d_event}    APOE: regional airport ramp ({grid})
PT 03 | {pt_caps} | DOB {dob} | {age} y | Litter | {triage}
        Origin {fac_name}, MRN {mrn}; Dest {dest_fac} ({dest_city})
        Vent: {vent_brand}, serial {vent_sn}; pump SN {dev_sn}
        Settings: AC 450 x 16, PEEP 8, FiO2 {pct}. Drips: {dose_iv}
        Med crew: {clin_full} MD, {rn_full} RN, {medic_full} CCP-C
        Patient tracking {tracking}. NOK {nok_full} {nok_phone}.
""",
        """HEMS / fixed-wing transfer - flight log {d_event}
pt {pt_full}, {age90}y, from {nh_name} -> {dest_fac}. wt {kg}. hx {eponym}, {icd}.
enroute: BP {bp} HR {hr} SpO2 {spo2} on {o2_flow}. Given {dose_iv}.
O2 concentrator SN {o2_sn} travelled with pt. Payer Medicare {mbi}; NOK {nok_full} {nok_phone}.
crew: {medic_full} (FP-C), {rn_last} RN. tail/unit {unit_call}. wheels up {time}, down {time2}.
""",
    ),
    "sq_bus_evac_roster": (
        """CONTRAFLOW BUS EVAC ROSTER - {road}
Bus {unit_call}, charter plate {plate}, VIN {vin}
Driver: {staff_full}, CDL {dl}
Pick-up: {shelter} parking lot, {time} {d_event}
Pax 22 {pt_lf}  DOB {dob}  Ph {pt_phone}  Pets: 1 dog (crate)  Special needs: {mobility}, {med1}
Pax 23 {nok_full} (husband)
Pax 24 {child_full} ({age_l} y) - asthma, {med3}
Destination shelter: {dest_city} {dest_fac}
Checked by {vol_full} / {role}
""",
        """evac_bus_manifest.txt
BUS   PLATE      SEAT NAME                      DOB        HOME ZIP  PHONE
{unit_call} {plate}  31  {pt_caps}     {dob}  {zip}  {pt_phone}
notes: pt asked to bring personal car, plate {plate2}, left at {street}; keys with {nok_first}. Weather {w_storm}.
""",
    ),
    "sq_genpop_shelter_log": (
        """SHELTER REGISTRATION / HEALTH SCREEN (Form 5972-like, {form_ver})
Shelter: {shelter}   City: {shelter_city}   Registered: {d_event} {time}
Client: {pt_fml}   DOB {dob}   Wristband {shelter_id}   Cot {room}
Pre-disaster address: {street} {unit}, {city}, {state} {zip}
Household: {nok_full} (spouse), {child_first} ({age_l})
Phone {pt_phone}    SSN (optional) {ssn}
Health screen: meds {med1}; needs refills Y; {o2_flow}? N; mobility {mobility}; diet {diet}
Vehicle in lot: plate {plate}
Screened by {vol_full} (DHS), {org}. Shelter census {beds}.
""",
        """Shelter nurse log - {shelter} - {d_event} nights
{time} {pt_full} (cot {room}) c/o dizziness, BP {bp}, glucose {glucose}. Last ate {time2}. Gave juice, recheck {glucose}. Pt's meds lost in flood - started emergency refill, Rx# {rx}.
{time3} {pt_init}'s sister {nok_full} arrived from {dest_city}, will take her to {street2}. Photo ID checked.
Picture for lost-and-found board: {photo2}
-- {rn_first} {rn_last}, RN (MRC {vol_id})
""",
    ),
    "sq_fmss_intake": (
        """FUNCTIONAL & MEDICAL NEEDS SHELTER - INTAKE
Site: {shelter}    Admit: {d_admit}    Intake RN: {rn_full}
Client: {pt_lf}     DOB {dob90}     Age {age90}
Home: {street}, {city}, {county} {zip}      Phone {pt_phone}
Caregiver: {nok_full} {nok_phone}
Insurance: Medicare {mbi}; Medicaid {medicaid}   SSN: {ssn}
PCP: Dr. {clin_full}, office fax {fax}
Power-dependent equipment: {o2_brand} concentrator SN {o2_sn}; {o2_flow}. Backup tanks: 2 E-cyl.
Meds: {med1}; {med2}; {med3}
Dx: {icd}, {icd2}; {eponym}; {score}
Home health agency referral sent by fax {fax} on {d_next}
""",
        """MNS admit note {stamp}
{age90_words}-year-old {pt_full} brought from home ({hood}, {city}) by {nok_first}, who lives with pt. Ventilator (trach) {vent_brand}, serial {vent_sn}; suction; feeding pump SN {dev_sn}. Charging on generator circuit ({generator}).
Medicaid {medicaid}. HH nurse {rn_full} ({rn_lic}). Plan: {room}, q4h vitals, RT from {org}.
""",
    ),
    "sq_mrc_deployment_roster": (
        """MEDICAL RESERVE CORPS - DEPLOYMENT ROSTER   Mission {mission_no}   Report {d_event} 0600
Unit: {county} MRC   Staging: {grid}   Team type: {team}
NAME                   | ROLE   | LICENSE        | MRC ID     | CELL              | EMAIL
{vol_lf}      | RN     | {rn_lic}      | {vol_id}   | {pt_phone} | {email2}
{vol2_lf}     | EMT    | {emt}         | {vol_id2}  | {nok_phone}  |
{clin_full}       | MD     | {md_lic} / NPI {npi} | -       | {clin_phone} |
ESAR-VHP verification pulled {stamp} from {ip}; profile {url2}. Lodging: {shelter}, {shelter_city}.
""",
        """mrc_roster_export.csv
vol_id,last_name,first_name,dob,credential,license_no,license_state,phone,email,emergency_contact
{vol_id},{pt_last},{pt_first},{dob},RN,{rn_lic},{state},{pt_phone},{email},{nok_full} {nok_phone}
# deploy window {d_admit} to {d_dc}; check-in at {shelter}; badge photo {photo}; timeclock finger template {fp}
# home address on file: {street}, {city} {zip}
""",
    ),
    "sq_dmat_encounter_form": (
        """NDMS / DMAT PATIENT ENCOUNTER - EMR downtime paper form
Team: {team}     Site: {shelter}      Date: {d_event}
Pt: {pt_caps}    DOB {dob}   Sex M    Encounter {fin}    Tracking {tracking}
Address: {street}, {city}   Phone: {pt_phone}
CC: laceration R forearm from debris, TD status unknown
VS: BP {bp} HR {hr} RR {rr} T {temp} SpO2 {spo2}  Pain {pain}
Proc: {cpt} simple repair 4.5 cm; Tdap {lot}
Rx: cephalexin 500 mg QID x7d (Rx {rx}); {med2}
Provider: {clin_full}, NPI {npi}, DEA {dea}
Disposition: return to {shelter_city} shelter, wound check {d_next}
""",
        """DMAT encounter (typed from tablet export)
enc={fin}|pt={pt_lf}|dob={dob}|age={age}|site={shelter}|dt={stamp}
hx: {eponym}; {med1}; heat exposure working debris removal, {w_heat}
exam: core {lab1}; {lab2}; HR {hr}
tx: {dose_iv}; ice packs; cooled to 38.9 C in 22 min
dispo: {unit_call} to {fac_name} (ED charge RN {rn_full}, {clin_phone})
clinician={clin_init} NPI {npi}
""",
    ),
    "sq_heat_wave_outreach": (
        """HEAT WAVE WELLNESS CHECK - outreach team 2 ({w_heat})
{d_event}  {time}  Address: {street} {unit}, {city} {zip}
Resident: {pt_full}, {age90} y/o, lives alone, no AC, fan only. Indoor temp 97 F.
Vitals: BP {bp}, HR {hr}, temp {temp}. Confused to date. On {med1} and {med2} (both raise heat risk).
Neighbor {nok_full} ({nok_phone}) has key. Daughter in {dest_city}: {pt_phone}.
Action: transported to cooling center at {shelter} by {unit_call}. Referred to {org}. Next check {d_next}.
Team: {vol_full}, {vol2_full}
""",
        """Cooling center sign-in / heat illness log - {shelter}
{time} | {pt_lf} | DOB {dob90} | {age90_words} | c/o cramps, HR {hr}, T {temp} | oral rehydration, {dose_iv} not needed
{time2} | {nok_full} | accompanying | - | -
Home addr given: {street}, {city}; best phone {pt_phone}. Medicaid {medicaid}.
Logged by {staff_full}. Heat: {w_heat}.
""",
    ),
    "sq_storm_outreach_call": (
        """WINTER STORM - vulnerable client call-down list ({w_cold})
Caller: {vol_full}   Shift: {shift}   Date {d_event}
1. {pt_lf}  {pt_phone}  {street}, {city} {zip}  - home O2 ({o2_flow}), concentrator SN {o2_sn}, power out since {d_seen} {time}. Has 2 E-cylinders (~{num} h). Plan: {unit_call} to {shelter}.
2. {nok_full}  {nok_phone}  same address (son) - no answer x2, VM left.
Escalated to {role} at {time2}; roads: {highway} - snowcat requested ({mission_no}).
""",
        """Hurricane pre-landfall outreach, {d_event_short}
Spoke w/ {pt_full} ({age90}) at {pt_phone}. Lives {street}, {hood}, {city}, mobile home. Refuses to evacuate; wife {nok_first} on hospice w/ {org2}. Storm: {w_storm}.
Rx: {med1} - 3 days left. Advised {hotline}. Gave shelter {shelter} address. Email confirm to {email}.
Called back {d_next}: line dead. Wellness check requested via {tactical}; deputy ref {case_no}.
""",
    ),
    "sq_power_dependent_registry": (
        """POWER-DEPENDENT RESIDENT REGISTRY - extract for PSPS event {incident_no}
registrant|dob|address|city|zip|phone|utility_acct|equipment|serial|backup_hrs|medicaid
{pt_caps}|{dob}|{street} {unit}|{city}|{zip}|{pt_phone}|{utility}|{vent_brand} vent|{vent_sn}|{num}|{medicaid}
caregiver={nok_full} ({nok_phone}); DME vendor fax {fax}; registered via portal from {ip} on {d_event} ({url2})
""",
        """Medical baseline / critical care customer - utility notice log
Acct {utility}  Customer {pt_fml}  Svc addr {street}, {city} {zip4}
Certifying clinician: {clin_full}, lic {md_lic}, NPI {npi}
Devices: home hemodialysis machine SN {dev_sn}; O2 concentrator {o2_sn}
Outage notices: {stamp} robocall to {pt_phone}; door knock {d_next} by {staff_full}.
Portal login {ip}; account page {url2}. Email {email}.
""",
    ),
    "sq_emergency_rx_refill": (
        """EMERGENCY PRESCRIPTION ASSISTANCE - ENROLLMENT / FILL
Disaster {dr_no}   Date {d_event}   Pharmacy: shelter pop-up (NCPDP withheld)
Patient {pt_lf}   DOB {dob}   SSN {ssn}
Pre-disaster address {street}, {city}, {state} {zip}
Uninsured? N - plan member ID {member}, group {group}
EPAP claim # {claim}   Rx # {rx}
Drug: {med1}  NDC {ndc}  qty 30  DS 30
Prescriber: Dr. {clin_full}, NPI {npi}, DEA {dea}, ph {clin_phone}, fax {fax}
Pharmacist {staff_full} RPh. Copay {money} waived.
""",
        """FAX - emergency refill request - to {fax}
From shelter clinic at {shelter}, {stamp}
Pt: {pt_full}  DOB {dob}  Medicaid {medicaid}  Ph {pt_phone}
Needs: {med1}; {med2} (lost in fire). Last fill {d_seen}, Rx {rx}.
Prescriber on call {clin_last}, DEA {dea}. Please call {site_phone}.
""",
    ),
    "sq_dmort_intake": (
        """DMORT / DVI - POSTMORTEM INTAKE (VIP)   {form_ver}
Case: {dmort}   Body bag #: {dmort2}   Recovered: {d_event} {time} at {street}, {city}
Recovery grid: {grid}    Escort: {staff_full}
Presumptive ID: {pt_fml} (DL {dl} found on body)   Est. age: {age90} per family
Fingerprints: taken, record {fp}    Facial photo: {photo}
Implants: pacemaker, serial {dev_sn}
Antemortem info from {nok_full} ({nok_phone}), DOB given {dob90}; ssn {ssn}
Pathologist: Dr. {clin_last}     Release to funeral home pending {role}.
""",
        """Family Assistance Center - antemortem interview
FAC case {dmort}   Interviewer {worker_full}   {d_event}
Missing: {missing_full}, DOB {dob}, last seen {d_seen} near {road}.
Physical: {kg}, tattoo L forearm. Dental: Dr. {clin_full}, fax {fax}.
DNA reference from son {nok_full}, kit {dmort2}. Iris/fingerprint on file w/ employer: {fp}.
Photos provided: {photo}, {photo2}. Posted on FAC missing-persons page {url}. Contact {nok_phone} / {email}.
""",
    ),
    "sq_fema_casework_note": (
        """IA caseworker note - {dr_no}
Applicant: {pt_fml}   Registration ID: {fema}   SSN: {ssn}
Damaged dwelling: {street} {unit}, {city}, {county} {zip}
Current: {shelter}, cot {room}. Phone {pt_phone}. Email {email}.
Inspection {d_next}. Vehicle damage claimed: VIN {vin}, plate {plate}.
Medical/dental need: lost CPAP ({brand2}); hearing aids. Referred to {org}.
Insurance claim # {claim} (homeowners). Worker {worker_full}.
""",
        """Casework contact {stamp}
Spoke with {pt_first} re: registration {fema}; verified identity (SSN {ssn}, DOB {dob}). Says rental assistance letter went to old address ({street}, {city}). Updated mailing to {street2}, {dest_city} {zip}. Needs copy via {url2}. Uploaded docs from {ip}. Next step: appeal by {d_next}. {money} awarded so far. -{worker_first}
""",
    ),
    "sq_redcross_dhs_casework": (
        """DISASTER HEALTH SERVICES - CLIENT HEALTH RECORD
DR {dr_no}   Case {arc}   Client {pt_lf}   DOB {dob}   Cot {room}, {shelter}
Contact {pt_phone}   Home {street}, {city}
Need: replacement glasses + walker; {med1} refill; BP {bp}
Actions {d_event}: called PCP {clin_full} ({clin_phone}); Rx sent to pop-up pharmacy, Rx# {rx}. DME vendor to deliver {d_next}.
Mental health: PHQ-2 positive, referred to DMH {vol_full}. {hotline} given.
DHS worker: {worker_full}, RN lic {rn_lic}
""",
        """ARC casework - cont.
{d_event_short}: client {pt_full} (case {arc}) moved from {shelter} to hotel in {dest_city}. Spouse {nok_full}. Financial assistance {money}. Mailing {street2} {unit}, {dest_city} {zip}. Medicaid {medicaid}. Follow up {d_next} by phone {pt_phone}.
""",
    ),
    "sq_camp_clinic_note": (
        """OPD CONSULTATION - {camp} Health Post
Date: {d_event}   Registration (proGres): {unhcr}   Ration card: {ration}
Name: {pt_full}   Sex F   DOB {dob} (approx)   Address: {block}, {camp}
Biometric (iris) ID: {iris}
Complaint: fever 3 days, cough. T {temp}, RR {rr}, SpO2 {spo2}. {score}.
Dx: {icd}; malaria RDT neg. Rx: amoxicillin 500 mg TID x5d ({lot}). Follow-up {d_next}.
Husband {nok_full} present. Interpreter {staff_full}. Clinician: {clin_init}.
""",
        """ANC/Nutrition - {camp}
{pt_caps} | UNHCR {unhcr} | {block} | DOB {dob} | phone {pt_phone}
child {child_full}, {score}, enrolled OTP, RUTF 2 sachets/day. photo for card {photo}.
iris scan at distribution: {iris}. Next visit {d_next}.
Asylum file A# {a_num}; passport {passport}.
""",
        """Refugee arrival clinic / displaced persons
Pt {pt_lf}, arrived {d_admit} from {camp}. A-number {a_num}. Passport {passport}.
Resettlement address: {street} {unit}, {city} {zip}; caseworker {worker_full} {site_phone}.
Screening: TB IGRA pending, {lab2}; {med1}. Fingerprint enrollment {fp}.
""",
    ),
    "sq_decon_exposure_log": (
        """HAZMAT / DECON EXPOSURE LOG - {tactical}   Product: {contam}
Incident {incident_no}    Date {d_event}    Decon lead: {staff_full}
#  | TIME | NAME               | DOB        | PHONE          | SYMPTOMS             | DECON | RAD
7  | {time} | {pt_lf} | {dob} | {pt_phone} | cough, burning eyes | wet, 5 min | {rad}
8  | {time2} | {nok_full}  | -          | same           | none                 | dry   | bkg
Skin: {ph_paper}. Tx {dose_iv}. Transport {unit_call} to {fac_name}.
Personal effects bagged, tag {tag}. Vehicle left in hot zone: plate {plate}.
Employer: plant on {street}, {city}; employee ID {vol_id}.
""",
        """Exposure registry follow-up call - {stamp}
{pt_full}, DOB {dob}, home {street} {unit}, {city} {zip}. Exposed to {contam} at {time}. Symptoms now: wheeze, {lab1}. SpO2 {spo2}.
MRN at {fac_name}: {mrn}. Uses email {email}. Next call {d_next} ({pt_phone}).
""",
    ),
    "sq_ics213_message": (
        """GENERAL MESSAGE (ICS 213)
1. Incident Name: {incident_no}   2. To: {role} / {tactical2}   3. From: {ham_full} {callsign}, {tactical}
4. Subject: Medical need - O2 dependent resident   5. Date: {d_event}   6. Time: {time}
7. Message: Resident {pt_full}, age {age90}, at {street}, {city}, on home O2 {o2_flow}, power out, cylinder supply ~{num} h. Caller daughter {nok_full} {nok_phone}. Request welfare check + transport to {shelter}.
8. Approved by: {staff_full}   Position: Shelter Mgr
9. Reply: {unit_call} assigned {time2}.   Replied by: {vol_full}   DTG {dtg}
""",
        """ICS213 via Winlink - {callsign} to {callsign2}
DTG {dtg}
FM: {tactical} / {ham_full}
TO: EOC Medical
SUBJ: evac request
{shelter} reports 1 pt {pt_caps} DOB {dob} SpO2 {spo2} on {o2_flow}, HR {hr}. Need ALS transport to {fac_name}. NOK {nok_full}. Sender email {email2}. {radio}.
""",
    ),
    "sq_hics_sitrep": (
        """HOSPITAL INCIDENT COMMAND - SITUATION REPORT   ({ics})
{fac_name} | {fac_city} | Op period {opperiod} | {d_event} {time}
Reported by: {staff_full}, Planning Section Chief, {site_phone}, fax {fax}, {email2}
Census: ED 61 (boarding 14), ICU 22/24, decon {census_total} pts. Surge beds {beds}.
Generator {generator}. {o2_supply}. Water {water}.
VIP / media-sensitive pt: {pt_caps}, MRN {mrn}, admitted {d_admit}, ICU {room}; family {nok_full} at {shelter}.
Transfers out: {mission_no} - 3 vent pts to {dest_fac}.
Staff injury: RN {rn_full}, employee ID {vol_id}, minor.
""",
        """SITREP #{num} - {fac_name}
{stamp} - MCI {incident_no}: {census}. OR 4 rooms open. Blood: O-neg 12 u.
Deaths: 1 ({pt_lf}, {age90} y, MRN {mrn}) - ME notified. Unidentified pts: Trauma Doe 1-6, photos {photo}; LE prints on Doe 3, AFIS ref {fp}.
Command: IC {clin_full}; PIO {staff_full} {clin_phone}; fax {fax}.
""",
    ),
    "sq_radio_log_transcript": (
        """COMMUNICATIONS LOG (ICS 309) - net control {callsign}, {ham_full}
Incident {incident_no}  Date {d_event}  Freq {radio}
{time} | FROM {callsign2} ({tactical}) | pt {pt_full} found at {street}, {city}, conscious, {age_l}ish M, BP {bp}
{time2} | FROM EOC Medical | {unit_call} en route, ETA 20
{time3} | FROM {callsign2} | pt's wife {nok_first} says he takes {med1}; she is at {nok_phone}
Operator relief {ham_first} -> {vol_full} at shift change.
""",
        """radio traffic transcript (dispatch recording, auto-text)
"{tactical}, {unit_call}... we've got one, {pt_full}, d-o-b {dob}, at the {shelter}, chest pain, pressure {bp}, going to {fac_name}, copy?"
"copy {unit_call}, {time2}. callback number for family {nok_phone}, that's the daughter {nok_full}."
"{unit_call} clear, DTG {dtg}."
""",
    ),
    "sq_wildfire_evac_checkpoint": (
        """WILDFIRE EVACUATION / REPOPULATION CHECKPOINT LOG - {road}
Fire: {incident_no}  ({acres})   Checkpoint {tactical}   Date {d_event}
{time} OUT  {pt_lf}, DL {dl}, plate {plate}, address {street}, {city} {zip}. Pax 3 incl. {child_first} ({age_l}). Horse trailer.
       Medical: grandmother {nok_full}, {age90}, on {o2_flow} - sent to {shelter}.
{time2} IN (resident access) {nok_last}, VIN {vin}, permit shown. Phone {pt_phone}.
Deputy: {staff_last}. {aqi}.
""",
        """Smoke/burn injury - checkpoint aid station
{stamp} {pt_full}, {age} yo, DOB {dob}, evacuating from {hood} ({city}). Car {plate} disabled on {road}. 2nd-degree burns hands ~3% TBSA. {dose_iv}. COHb {lab1}. To {fac_name} burn unit via {unit_call}. Spouse {nok_full} {nok_phone}. EMT {medic_full} ({emt}).
""",
    ),
    "sq_flood_rescue_handoff": (
        """SWIFT-WATER RESCUE -> EMS HANDOFF   {unit_call} to {unit_call2}
Date {d_event}   Time {time}   Location: roof of {street}, {hood}, {city}   Grid {grid}
Pt: {pt_full} ({pt_nick}), {age} y/o, DOB {dob}. Immersion ~40 min, floodwater. T {temp}, HR {hr}, BP {bp}, SpO2 {spo2}.
Hx: {eponym}; meds {med1}. Insulin pump SN {dev_sn} - wet, not working.
Vehicle swept off {road}: plate {plate}, VIN {vin}.
Handoff by {medic_full} (lic {emt}) to {rn_full}. Family {nok_full} {nok_phone}.
""",
        """boat ops log {d_event_short}
{time} Boat 4 / {medic_last}: 2 adults + dog, {street} {unit}. Adult 1 {pt_caps} (elderly, {age90}) hypothermic {temp}; adult 2 {nok_full}. Both to {shelter}. {pt_last} MRN at {fac_name} {mrn}.
{time2} request {unit_call}; {w_storm}.
""",
    ),
    "sq_dialysis_displacement_list": (
        """DISPLACED DIALYSIS PATIENTS - KCER-style line list
Home unit: {fac_name}    Report {d_event}
LAST, FIRST            DOB        SSN          PHONE           MODALITY  LAST TX    CURRENT LOC                     MEDICARE
{pt_caps}      {dob}  {ssn}  {pt_phone}  HD MWF    {d_seen}  {shelter}, {shelter_city}     {mbi}
-- K {lab1}; {lab2}; needs tx within 24 h. Access: L AVF. Placed at {dest_fac} chair {room2} for {d_next}.
Nephrologist {clin_full} {clin_phone}. Social worker {worker_full} (email {email2}).
""",
        """Home dialysis - machine check after flood
Pt {pt_lf}, {street}, {city} {zip}. Cycler/HHD machine SN {dev_sn} water-damaged. Medicare {mbi}; secondary member {member}.
Temp move to in-center at {dest_fac}. Enc # {fin}. Called {pt_phone} and {nok_full}.
""",
    ),
    "sq_ocr_faxed_shelter_referral": (
        """-- PAGE 1/2 -- RECEIVED {stamp} -- FROM: {fax}
MEDICAL NEEDS SHELTER REFERRAL
Pat1ent: {pt_caps}          D0B: {dob90}       Age: {age90}
Addr: {street}  {city}  {state}  {zip}
Ph0ne: {pt_phone}     Medicaid#: {medicaid}
Dx: {icd} / {icd2}   0xygen: {o2_flow}   concentrator s/n {o2_sn}
Referring: {clin_full} NP1 {npi}   Fax back: {fax}
Caregiver: {nok_full}   {nok_phone}
.. ... (illegible) ... {eponym} ... {med1}
""",
        """SHELTER TRANSFER REFERRAL (scanned, OCR)
F R O M : {fac_name}  t o  {shelter}
PT NAME {pt_lf}      MRN {mrn}      DOB {dob}
ph {pt_phone}   fax {fax}   email {email}
needs: {mobility}, {diet}, {med2}; BP {bp}
rn: {rn_full}  |  date {d_dc}
""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """CASUALTY COLLECTION POINT SUMMARY - {tactical}   {ics}
Incident {incident_no}   Op period {opperiod}
Census {census} (total {census_total}). Resources: {resource}; {resource2}.
Red patients transported within {num} min median. Roads: {highway}. Weather: {weather}.
Prepared by {role}; reviewed by {role2}.
""",
    """START algorithm refresher (MRC training, {form_ver})
Walking wounded -> MINOR. Not breathing after airway repositioning -> EXPECTANT/DECEASED.
RR over 30 -> IMMEDIATE. Radial pulse absent or cap refill over 2 s -> IMMEDIATE. Cannot follow commands -> IMMEDIATE.
Otherwise DELAYED. Example: RR {rr}, HR {hr}, GCS {gcs} -> {triage}.
SALT adds lifesaving interventions: tourniquet ({brand}), needle decompression, auto-injector ({dose_iv}).
""",
    """SHELTER DAILY STATUS - {opperiod}
Beds: {beds}. Generator {generator}. Water {water}. O2: {o2_supply}.
Meals served {num2}; diets: {diet}. Health services saw {num} clients; {num} refills via pop-up pharmacy.
Next delivery {time}. Issues: {highway} closed, resupply via {highway2}.
Contact {role} on {radio}. {org} canteen on site.
""",
    """HICS 251 facility system status - {shift}
Power: utility down since {time}; generator {generator}. Bulk O2: {o2_supply}.
ED census {num2}, ICU 18/20, OR 3 rooms. {census}.
Water: {water}. HVAC: partial. Elevators 2 of 6.
Policy {policy} activated. Next briefing {time2}. {role} to {role2}.
""",
    """ICS 213 GENERAL MESSAGE
To: {role}   From: {tactical}   Subject: resupply
Need: 2 cases {ndc} (ondansetron), 40 E-cylinders, 200 cots. Generator {generator}.
{resource} arriving {time}. Staging at {grid}. Freq {radio}. Ref {mission_no}.
""",
    """Heat illness protocol card ({policy})
Heat stroke: core temp over 40 C with CNS dysfunction -> cold-water immersion, target 38.9 C.
Monitor {lab1}; {lab2}. Fluids: {dose_iv}. High-risk meds: {med1}, {med2} (anticholinergic / diuretic).
Today: {weather}. Cooling centers open until {time2}. Refer to {hotline} for transport.
ICD-10: T67.01XA heat stroke, X30.XXXA natural heat exposure.
""",
    """Winter storm brief - {opperiod}
{weather}. {highway}. Warming centers: 6 open, {beds}.
CO poisoning cases last 24 h: {num} (COHb up to {pct}). Generators indoors are the cause in most.
Hypothermia: {icd}. Frostbite: T33.821A. Resources: {resource}.
""",
    """POWER-DEPENDENT PATIENT PLANNING NOTE (template, no client data)
Concentrators ({brand}) draw about 300 W; ventilator ({brand2}) internal battery 4-8 h.
Home hemodialysis requires water + power; plan chair via KCER. HCPCS E1390, E0431, E0424.
Registry totals: {num2} registered, {num} on ventilators. Outage window {time}-{time2}.
Contact {org}; {hotline}.
""",
    """EPAP pharmacy reference
Program covers 30-day supply of covered drugs, vaccines, DME. Example: {med1} NDC {ndc}; {med2}.
Controlled substances: early fill rules per {policy}. Copay {money}.
Bin/PCN on program card; pharmacist verifies eligibility via {hotline}. {form_ver}.
""",
    """DMORT morgue operations - daily summary
Stations: admitting, photography, fingerprints, dental, radiology, pathology, DNA, anthropology.
Cases processed {num}; pending ID {num2}. Refrigerated trailers 3 (38 F). {resource}.
Dental comparisons: 2 positive. Policy {policy}. Next shift {shift}.
""",
    """Camp health post - weekly EWARS tally
Watery diarrhoea {num}, ARI {num2}, suspected measles 2, malaria RDT+ {pct}.
GAM screening: {score}. RUTF stock 240 cartons ({lot}). ORS {lot}.
Water {water}. Latrine ratio 1:38. {org} and {org2} coordinating. Report to cluster lead {time}.
""",
    """Decon corridor setup (Mass Decon Team Type 1)
Product {contam}. Wind {weather}. Hot zone upwind of {grid}.
Ambulatory lane 3 min water + soap; non-ambulatory lane 2 {resource}. Radiation screen {rad}.
Antidotes: {dose_iv}. Skin {ph_paper}. ICD {icd}. {role} is decon lead.
""",
    """Radio net check-in (ICS 309 excerpt)
{time} Net open on {radio}. {tactical} 5 by 5. {tactical2} checking in.
{time2} {tactical}: census {census}; generator {generator}.
{time3} EOC Medical: {unit_call} available. Net closed.
""",
    """Alternate care site capacity plan ({policy})
Tier 1: {beds}. Staffing ratio 1 RN : 12 pts, 1 MD : 40. O2 manifold {o2_supply}.
Equipment: {brand}, {brand2}, {num} monitors. Meds cache: {med1}; {med2}; {med3}.
Activated by {role} at {time} per {ics}.
""",
    """Evacuation transport summary - {opperiod}
{unit_call}: {num} wheelchair, 2 stretcher. {unit_call2}: 4 litter. Route {highway}.
Receiving facilities confirmed via {tactical2}. {resource}. Weather {weather2}.
No adverse events. Tracking reconciled at {time}.
""",
    """MRC deployment briefing
Team: {resource}. Mission {mission_no}. Report to staging {grid} at {time}.
Bring: license card, ID, 72-h go-kit, N95, {brand}. Lodging at shelter. Shifts {shift}.
Safety: {weather}. Demobilization per {policy}. Contact {role} via {radio}.
""",
    """Refugee camp OPD protocol ({form_ver})
Fever + RDT negative -> assess for pneumonia (RR over 50 in infants). Amoxicillin 40 mg/kg BID x5d.
MUAC under 115 mm -> OTP. {score}. Vitamin A 200,000 IU. Measles vaccine {lot}.
Refer to {org} field hospital if {lab2}. ICD {icd}.
""",
    """Hurricane season readiness - hospital
{dr_no} lessons learned: {generator}; fuel contract {money}/day. Bulk O2 {o2_supply}.
Evac triggers per {policy}: surge forecast {weather}. Patients moved last year: {num2} (cat {triage}).
Exercise {ics} and {ics2} in {year}.
""",
    """Flood clinic tally - {opperiod}
Wounds {num}, tetanus boosters {num2} ({lot}), diarrhoeal illness {num}. Leptospirosis suspected 1, doxycycline 100 mg BID.
Common codes: {icd}, {icd2}; CPT {cpt}, {cpt2}. {eponym} exacerbations 3.
Water {water}. {org} mobile unit {unit_call}.
""",
    """Emergency prescription refill tally
Refills: {num2} total; insulin {num}; inhalers {num}; anticonvulsants {num}; methadone guest doses 7.
Examples: {med1}; {med2}; {med3}. NDC {ndc}. Cost {money}.
Pharmacy cache {lot}. {policy}.
""",
    """Reunification center staffing plan
Roles: {role}, {role2}, intake (4), child care (2), mental health (2), LE liaison. Shift {shift}.
Kiosk network separate VLAN. Forms {form_ver}. Hotline {hotline}.
Unaccompanied minor protocol per {policy}. Space: {room}; {room2}.
""",
    """Ambulance strike team status - {resource}
5 ALS units, 1 leader vehicle. Units {unit_call}, {unit_call2}. Fuel {pct}. Crew rest at {time}.
Assigned {mission_no}. Transports today {num}: {census}. Staging {grid}.
""",
    """Medical needs shelter nursing report - {shift}
Clients {num2}. On O2: {num} ({o2_supply}). Ventilator-dependent {num}. Dialysis needing chairs 4.
BP rechecks: {bp}, {bp}. Glucose range 62-{glucose}. Falls 0. {score}.
Diet orders: {diet}. Mobility: {mobility}. Handoff to {role}.
""",
    """Hazmat exposure registry - aggregate
Product {contam}. Exposed {num2}, symptomatic {num}. {lab1}; {lab2}.
LOINC {loinc}, SNOMED {snomed}. ICD {icd}. Follow-up calls at 24 h, 72 h, 14 days.
Report to state epi {time}. {org}.
""",
    """Wildfire smoke advisory - clinic
{acres}. {weather}. N95 distribution {num2}. Asthma / COPD visits up {pct}.
Meds: {med1}; {med2}. Nebulizer ({brand}) power needs. Road {highway}.
Shelter at fairgrounds: {beds}. Animal shelter separate.
""",
    """Patient tracking board - blank copy for drill ({ics})
POD | BED | PATIENT | MRN | ACUITY | DISPO
A   | 1   | (drill) |     | 3      |
Drill {year}: {census}. Times {time}-{time2}. Generator test {generator}. Evaluator: {role}.
""",
)
