"""Document styles for planted set 7: laboratory medicine and pathology.

``TEMPLATES`` maps a note type (all prefixed ``s7_``) to 2-4 templates; ``NEGATIVE_TEMPLATES`` use only
look-alike keys (no identifier). Placeholders are ``{key}``; the text itself has no braces.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ---------------------------------------------------------------------------------------------
    "s7_lis_chem_result_report": (
        """{facility} - DEPARTMENT OF LABORATORY MEDICINE
CLIA {clia}   Lab Director: {path_full}, MD
{street2}, {city2}, {state2} {zip2}   Client Services {lab_phone}

PATIENT: {pt_caps}          MRN: {mrn}      DOB: {dob}
ACCT#: {fin}    LOC: {room1}    ORDERING: {md_lf} (NPI {md_npi})
ACCESSION: {acc}     COLLECTED: {coll_dt}   RECEIVED: {recv_dt}

TEST                 RESULT  FL UNITS    REF RANGE
{tline1}
{tline2}
{tline3}
{tline4}
{tline5}
{tline6}
Analyzer: {an1} {an_sn1}  Reagent lot {rlot1}

Results verified by {tech_ini} ({tech_full}, {cls_lic}) on {rep_dt}.
H = above reference interval, L = below. LOINC codes available on request (e.g. {tl1}, {tl2}).
""",
        """LAB RESULTS - FINAL                                   Page 1 of 1
Name.......: {pt_lfm}
Birth date.: {dob}    Sex: F   Age: {age1}Y
Med Rec #..: {mrn}         Visit #: {fin}
Address....: {street}, {city} {state} {zip}
Provider...: {md_full} / ph {md_phone}
Specimen...: {acc} ({tube1})  coll {coll_dt}  recvd {recv_dt}

{tn1}: {tv1} {tu1} [{tr1}] {tfx1}
{tn2}: {tv2} {tu2} [{tr2}] {tfx2}
{tn3}: {tv3} {tu3} [{tr3}] {tfx3}
{tn4}: {tv4} {tu4} [{tr4}] {tfx4}
{tn5}: {tv5} {tu5} [{tr5}] {tfx5}
Comment: moderately hemolyzed; potassium may be falsely elevated. Recollect if clinically indicated.
Performed at {facility2} (CLIA {clia2}). Electronically signed {rep_d} by {tech_lf}.
""",
        """*** CORRECTED COPY NOT REQUIRED - ORIGINAL ***
Pt {pt_full} | MRN {mrn} | DOB {dob} | Enc {fin}
Ordering {md_full}, {md2_full} (cc)
Coll {coll_dt} by {phleb_full} at {psc}
{tcsv1}
{tcsv2}
{tcsv3}
{tcsv4}
Method: {an2}; QC in range (lot {qclot1}). Reported {rep_dt}. Lab: {lab_email}
""",
    ),
    # 2 ---------------------------------------------------------------------------------------------
    "s7_cumulative_heme_panel": (
        """CUMULATIVE REPORT - HEMATOLOGY / COAGULATION
{pt_caps}   MRN {mrn}   DOB {dob_old} ({age90} Y)   Rm {room1}
Attending: {md_lf}      Adm {adm_d}      {facility}

             {prior2_short}    {prior_short}    {coll_short}
WBC          {hq1}      {hp1}      {h1} {hf1}
Hgb          {hq3}      {hp3}      {h3} {hf3}
Plt          {hq6}      {hp6}      {h6} {hf6}
INR          {hq10}      {hp10}      {h10} {hf10}
aPTT         {hq11}      {hp11}      {h11} {hf11}
Ref: WBC 4.5-11.0 x10^3/uL; Hgb 12.0-17.5 g/dL; Plt 150-400; INR 0.9-1.1
Accessions: {acc_prior} / {acc2} / {acc}
Smear reviewed by {tech_full}: occasional schistocytes, Howell-Jolly bodies present. Path review requested
({path_full}). Pt on {brand1}. Daughter {rel_full} notified of draw at {rel_role} request, ph {pt_phone}.
""",
        """HEME CUM SUMMARY   pg 2
PATIENT {pt_last_uc}, {pt_first_uc}  #{mrn}  acct {acct}
 DATE        WBC   HGB   HCT   PLT   MCV
 {prior2_d}  {hq1}  {hq3}  {hq4}  {hq6}  {hq5}
 {prior_d}  {hp1}  {hp3}  {hp4}  {hp6}  {hp5}
 {coll_d}  {h1}  {h3}  {h4}  {h6}  {h5}
{hline1}
{hline2}
{hline3}
{hline6}
{hline7}
Comment: {age90} yo resident of {city} ({county}) from {facility2}; Wright-Giemsa smear, no blasts.
Ordering {md_full} NPI {md_npi}; results phoned to {rn_full} RN {t3}.
""",
    ),
    # 3 ---------------------------------------------------------------------------------------------
    "s7_lab_requisition_form": (
        """OUTPATIENT LABORATORY REQUISITION        {form1}
PATIENT NAME (Last, First, MI): {pt_lfm}
DOB: {dob}   SEX: M F   SSN: {ssn}   PHONE: {pt_phone}
ADDRESS: {street} {unit}   CITY: {city}   ST: {state}   ZIP: {zip}
INSURANCE: Medicare   MBI: {mbi}    SECONDARY: Medicaid # {medicaid}
ORDERING PHYSICIAN: {md_full}   NPI: {md_npi}   PH: {md_phone}   FAX: {md_fax}
COPY TO: {md2_full}
DX (ICD-10): {icd1}, {icd2}  ({dx1})
[X] CMP {cpt1}  [X] CBC w/diff 85025  [ ] Lipid  [X] {tn1}  [X] {tn2}
Fasting: Y   Collect date: {coll_d}   Req #: {req_no}
Physician signature: ________ {md_last}      Date: {coll_short}
""",
        """RECEIVED BY FAX {recv_dt}  FROM: {md_fax}   PAGE 01/02
LAB0RATORY REQU1SITION  -  {facility2}
Pat1ent Narne: {pt_caps}      D0B: {dob}
Addr: {street}  {city}, {state}  {zip}
Te1: {pt_phone}     MRN / Chart #: {mrn}
lns. Mernber lD: {member_id}    Grp: {group_no}
0rdering MD: {md_full}   NPl: {md_npi}
Tests: CBC, CMP ({cpt1}), {tn1}, {tn2}     Dx: {icd1}  {dx1}
Specimen co11ected: {coll_d}   by: {phleb_ini}
** OCR CONFIDENCE LOW - VERIFY DEMOGRAPHICS WITH PT **
""",
        """LAB ORDER / REQUISICION DE LABORATORIO
Paciente / Patient: {pt_full}   Fecha nac./DOB: {dob}
Direccion: {street}, {hood}, {city} {zip}
Tel: {pt_phone}   Correo: {pt_email}
Seguro / Insurance member ID: {member_id}   Grupo/Group: {group_no}
Medico / Provider: {md_lf}   Lic. {md_lic}   NPI {md_npi}
Pruebas: {tn1} ({tl1}), {tn2} ({tl2}), HbA1c ({cpt2}); Dx {icd3}
Orden #: {order_no}   Fecha de orden: {coll_d}
Tomar muestra en: {psc}.  Ayuno 8-12 h.  {form2}
""",
        """REFERENCE LAB TEST REQUEST   ({org_ng1}, client bill)
Bill to: [ ] Client [X] Patient [ ] Insurance
Patient: {pt_caps}  MI {pt_mi}   DOB {dob}   SSN {ssn}
Addr {street}, {city}, {state} {zip}   H: {pt_phone}
Ins: member {member_id} grp {group_no}  PA# {prior_auth}
Physician {md_full} NPI {md_npi}  DEA {md_dea}
Tests: {tn3} (CPT {cpt3}); {tn4}; urine drug confirmation G0480
Specimen: {tube1}, {tube2}   Req {req_no}   Collected {coll_dt} by {phleb_ini}
""",
    ),
    # 4 ---------------------------------------------------------------------------------------------
    "s7_order_entry_label_print": (
        """CPOE ORDER SUMMARY - PRINTED {rep_dt}
{pt_full}  ({pt_nick})  MRN {mrn}  FIN {fin}
Loc: {facility} {room1}   Adm {adm_d}
Ordered by {md_full} on {coll_dt}
 ORD {order_no}  {tn1} (LOINC {tl1}) STAT   {tube1}
 ORD {order_no}  {tn2} (LOINC {tl2}) routine {tube2}
 ORD {order_no}  Blood culture x{n_sets}  BACTEC Plus Aerobic/F
Label batch: {container} ... print qty 4
Nurse collect: {rn_full}   Allergies: PCN ({brand1})
""",
        """^XA label image text:
{pt_last_uc},{pt_first_uc}
DOB:{dob} MRN:{mrn}
ACC {acc} {tube1}
COLL:{coll_dt} {phleb_ini}
{tn1}/{tn2}/{tn3}
^XZ
Reprint reason: smudged barcode. Reprinted by {tech_full} (emp {emp_id}) at {facility}.
""",
    ),
    # 5 ---------------------------------------------------------------------------------------------
    "s7_specimen_rejection_log": (
        """SPECIMEN REJECTION / NONCONFORMANCE LOG - Core Lab, {facility}
Date rec'd   Accession        Patient               MRN        Reason                         Notified
{recv_d}  {acc}  {pt_lfm}  {mrn}  {reject1}  {rn_full} {t2}
{recv_d}  {acc2}  {rel_full}  {mrn2}  {reject2}  {role1}
Logged by: {tech_ini}  Reviewed: {tech2_full}, section lead
Corrective action: recollect ordered (order {order_no}); occurrence report {ticket}.
Ref {form1}; hemolysis index cutoff per {form2}.
""",
        """Rejected specimen notice
To: {rn_full} / unit {room1}
Re: {pt_full}, DOB {dob}, MRN {mrn}
Specimen {acc} collected {coll_dt} by {phleb_full} ({emp_id}) could not be tested: {reject1}.
Tests affected: {tn1}, {tn2} (CPT {cpt1}). Please recollect; new labels printed at {t2}.
Questions: {tech_full}, {lab_phone} ext {ext} or {tech_email}.
""",
    ),
    # 6 ---------------------------------------------------------------------------------------------
    "s7_recollect_notice_letter": (
        """{org_ng1}
{street2}
{city2}, {state2} {zip2}

{rep_d}

{pt_full}
{street} {unit}
{city}, {state} {zip}

Dear {pt_first},
The blood sample collected from you on {coll_d} at our {psc} location could not be tested because it was
{reject1}. We are sorry for the inconvenience. There is no charge for the repeat draw.
Please return within 14 days, or book online at {url}.
Your order number is {order_no}. Fasting is not required for {tn1}.
Questions? Call {lab_phone} (TTY 711) or email {lab_email}.
Sincerely, {tech2_full}, Client Services Supervisor
""",
        """TEXT/EMAIL OUTREACH LOG - recollection
Patient {pt_lfm}  MRN {mrn}  cell {pt_phone}  email {pt_email}
{rep_dt}  SMS sent: "Your lab sample needs to be redrawn. Schedule: {url}"
{amend_dt}  link opened from {ip2}; appointment booked at {psc} for {next_d}
Reason: {reject1}; spec {acc}
Agent: {tech_full} ({emp_id})
""",
    ),
    # 7 ---------------------------------------------------------------------------------------------
    "s7_critical_value_call_log": (
        """CRITICAL VALUE NOTIFICATION RECORD   {form1}
Accession {acc}   Pt: {pt_caps}   MRN {mrn}   Loc {room1}   {facility}
Test: {crit_test}  Result: {crit_val}  (critical limit {crit_lim})
Resulted: {rep_dt}
Called to: {rn_full}, RN   Phone {md_phone}   Time of call: {t3}
READ-BACK: "{pt_last}, {crit_test} {crit_val}" - confirmed by {rn_ini}
Called by: {tech_full} (tech ID {emp_id})
Provider notified by RN: {md_full} at {clock1}. Within 30 min goal: Y
""",
        """CV call log (LIS free text)
{rep_dt} CRIT {crit_test} {crit_val} on {pt_lfm} ({mrn}), {age90} y/o, DOB {dob_old}.
1st attempt {md_phone} - no answer. 2nd attempt answering service, operator {rel_first}.
Reached Dr. {md_last} (on call for {md2_full}) at {clock1}; read back correctly. By {tech_ini}.
Prior value {prior_short}: normal. Acc {acc}. Pt at {street}, {city} (home health, {org_ng2}).
Caller identity verified by voiceprint {voice_id} on the lab results line.
""",
        """CRITICAL RESULTS - OUTPATIENT AFTER HOURS
Patient {pt_full}  DOB {dob}  MRN {mrn}  home {pt_phone}
{crit_test} = {crit_val} ({tube1}), collected {coll_dt} at {psc}
Office closed; paged covering provider {md2_full} via {md_phone} at {clock1}
Call-back {clock2}; read-back: YES ({md2_ini}). Instruction: send to ED at {facility2}.
Fax confirmation to {md_fax}. Documented by {tech_full}, {rep_d}.
""",
    ),
    # 8 ---------------------------------------------------------------------------------------------
    "s7_micro_culture_sensi_report": (
        """MICROBIOLOGY REPORT                                 {facility}
Patient: {pt_lfm}     MRN: {mrn}     DOB: {dob}     Acct: {fin}
Source: Urine, clean catch        Accession: {acc_micro}
Collected: {coll_dt}    Received: {recv_dt}
Ordering: {md_full}

CULTURE, URINE   (CPT 87086, 87088, 87186)
 {cfu} {org1}
SUSCEPTIBILITY (MIC ug/mL, {an1})
{abline1}
{abline2}
{abline3}
{abline4}
{abline5}
{abline6}
Final report {rep_dt}. {tech_ini}/{tech2_ini}. CLIA {clia}
""",
        """MICRO PRELIM -> FINAL
{pt_caps}  {mrn}  {room1}
Wound, L foot ({acc_micro}) coll {coll_short} rec {recv_d}
Gram stain: many PMNs, moderate gram-positive cocci in clusters, few gram-negative rods.
Culture: 1) {org1} heavy growth  2) {org2} light growth
ID by {an3} (MALDI score 2.21)
   {ab1}  {mic1}  {si1}
   {ab2}  {mic2}  {si2}
   {ab3}  {mic3}  {si3}
MRSA isolate reported to Infection Prevention ({rn_full}, {lab_email}) {rep_d}.
Addendum {amend_d}: D-test negative. Phoned to {md_full} by {tech_full}.
""",
    ),
    # 9 ---------------------------------------------------------------------------------------------
    "s7_blood_culture_ic_line_list": (
        """INFECTION PREVENTION - POSITIVE BLOOD CULTURE LINE LIST (week of {coll_short})
MRN,Name,DOB,Unit,Collected,Accession,Organism,TTP,Line,Device,HAI?
{mrn},"{pt_lfm}",{dob},{room1},{coll_dt},{acc_bc},{org1},{ttp},PICC R basilic,LVAD SN {lvad_sn},CLABSI under review
{mrn2},"{rel_full}",{rel_dob},{room2},{prior_d},{acc_bc2},{org2},{ttp},none,-,community onset
IP reviewer: {rn_full}  {rn_email}   NHSN event pending ({form3})
Blood culture contamination rate this month: {cv1} of sets single CoNS (goal < 3%).
""",
        """BLOOD CULTURE CALL - POSITIVE
{pt_full}, {age90} yrs, MRN {mrn}, {facility} {room1}
Set 1 of {n_sets} ({acc_bc}) drawn {coll_dt} from R AC by {phleb_full}
Bottle: BACTEC Plus Aerobic/F, TTP {ttp}. Gram stain: gram-negative rods.
Rapid ID ({an4}): {org1}; CTX-M detected.
Called to {md_full} at {clock1} with read-back. Pharmacy ({md2_full}) aware.
Pt has LVAD ({lvad_sn}); driveline cultures sent {coll_short}.
""",
    ),
    # 10 --------------------------------------------------------------------------------------------
    "s7_surgical_pathology_report": (
        """SURGICAL PATHOLOGY REPORT                    {facility}
Patient: {pt_lfm}       Accession #: {acc_sp}
MRN: {mrn}   DOB: {dob_old} (Age: {age90})   Sex: F
Date of Procedure: {surg_d}    Received: {recv_d}    Signed: {rep_dt}
Surgeon: {md_full}     Copies to: {md2_full}

FINAL DIAGNOSIS:
A. Breast, right, lumpectomy: Invasive ductal carcinoma, Nottingham {nottingham}; tumor {size_cm}.
   Margins negative (closest 4 mm, superior). ER {er}; HER2 {her2}; Ki-67 {ki67}.
B. Explanted breast implant, right: silicone gel implant, intact capsule; device serial {implant_sn},
   lot {implant_lot}. Gross only.
GROSS: Received in formalin labeled "{pt_full}" and "right lumpectomy", {size2}.
Blocks A1-A9. CPT {cpt1}, {cpt2}, 88342 x3.
{path_full}, MD (electronic signature) - {city2}, {state2}
""",
        """PATHOLOGY - DIAGNOSTIC REPORT   Case {acc_sp}   (prior {acc_sp2})
{pt_caps} | MRN {mrn} | DOB {dob} | Acct {acct}
Collected {coll_d} | Clinician {md_lf} | Location {facility}

Prostate, needle biopsies (12 cores):
 Left apex: adenocarcinoma, Gleason {gleason}, 30% of core.
 Right mid: benign prostatic tissue.
Clinical hx: PSA {tv1} ng/mL; {epo1}.
Intradepartmental consult: {path2_full} agrees.
Pathologist: {path_full}, MD   NPI {path_npi}
Performed: {facility2}, CLIA {clia}
""",
        """ORTHOPEDIC EXPLANT - GROSS AND MICROSCOPIC
Acc {acc_sp} / {pt_full} / MRN {mrn} / surg {surg_d}
Specimen: failed left total hip components (femoral head, liner, stem).
Manufacturer UDI on stem: {udi}. Liner serial {implant_sn}.
Periprosthetic tissue: metallosis, no acute inflammation (< 5 PMN/hpf).
Retained per FDA/risk mgmt; released to {role1} on request only. Surgeon {md_full}.
Dictated {path_ini} {rep_d}. Reviewed {path_full}.
""",
    ),
    # 11 --------------------------------------------------------------------------------------------
    "s7_frozen_section_intraop": (
        """INTRAOPERATIVE CONSULTATION (FROZEN SECTION)
Case: {acc_fs} / final {acc_sp}
Patient: {pt_full}   MRN {mrn}   OR {room1}
Surgeon: Dr. {md_last}  (ext {ext})
Specimen received {recv_dt}: Sentinel lymph node #1, left axilla.
FS DX: Negative for metastatic carcinoma (0/1). Touch prep negative.
Called to OR by {path_full} at {t2}; read back by {rn_full}, circulating RN.
Turnaround 17 min (goal 20). Telepathology viewer {url2} accessed from {ip}.
""",
        """FROZEN SECTION LOG   {facility}
Date       Case      Patient            Spec                    FS Dx                     TAT  Path
{recv_d}  {acc_fs}  {pt_caps}  margin, deep            benign                    14   {path_ini}
Final concordance reviewed {rep_d} by {path2_full}: concordant.
Surgeon {md_full}; pt MRN {mrn}, DOB {dob}.
Cryostat: Leica CM1950 {an_sn1}. Quality: {cv1} discordance rate YTD.
""",
    ),
    # 12 --------------------------------------------------------------------------------------------
    "s7_cytology_pap_report": (
        """GYNECOLOGIC CYTOLOGY REPORT         {facility}
Patient: {pt_lfm}     DOB: {dob}      MRN: {mrn}
Accession: {acc_cy}     Collected: {coll_d}   Received: {recv_d}
LMP: {lmp_d}    Clinician: {md_full}
Specimen: ThinPrep cervical/endocervical (CPT 88175)
SPECIMEN ADEQUACY: Satisfactory for evaluation; transformation zone present.
INTERPRETATION: {bethesda}
HPV (Cobas): {hpv}
Screened by: {tech_full}, CT(ASCP) #{ascp_no}   Reviewed: {path_full}, MD
Report date: {rep_d}. Mailing copy to: {street}, {city} {zip}.
""",
        """NON-GYN CYTOLOGY
{pt_caps}  MRN {mrn}  Acc {acc_cy}
Source: Thyroid FNA, right lobe, 2.1 cm nodule (TI-RADS 4)
Collected {coll_dt} by {md_full} at {facility}
DX: Bethesda category II - benign follicular nodule. {epo1} features present.
Rapid on-site evaluation by {tech_ini}. Diff-Quik and Papanicolaou stains.
Pt ph {pt_phone}; results also released to portal. Signed {path_full} {rep_d}.
""",
    ),
    # 13 --------------------------------------------------------------------------------------------
    "s7_molecular_genetic_report": (
        """MOLECULAR PATHOLOGY - SOMATIC TUMOR PROFILING (NGS 161-gene panel)
Patient: {pt_full}   DOB: {dob}   MRN: {mrn}   Accession: {acc_mol}
Source block: {acc_sp} A4 (tumor content {pct})    Ordered by: {md_full} (NPI {md_npi})
Received {recv_d}; reported {rep_d}.
RESULTS
 {variant}  VAF {vaf}   Tier I/II
 Tumor mutational burden: {tmb}
 MSI: stable
Instrument {an5}; CPT 81445. Prior auth {prior_auth}; payer member {member_id}.
Genetic counselor: {rn_full} ({rn_email}). Secure report link: {url}
Laboratory Director: {path_full}, MD PhD   CLIA {clia}  CAP {cap_no}
""",
        """GERMLINE GENETIC TEST REPORT - CONFIDENTIAL
Name: {pt_lfm}    DOB: {dob}    Sex assigned at birth: F
Sample ID: {acc_mol}   Specimen: saliva   Collected: {coll_d}
Indication: family history; mother {rel_full} (DOB {rel_dob}) with {epo1}.
Result: {acmg} variant identified
 {variant} heterozygous
Variant {hgvs_g} (GRCh38).
Study enrollment: {study_id}. Ordering provider {md_full}, {facility}.
Post-test counseling scheduled {next_d}; call {lab_phone}.
Director: {path_full}   Lab CLIA# {clia}   CAP# {cap_no}
""",
    ),
    # 14 --------------------------------------------------------------------------------------------
    "s7_sendout_manifest": (
        """REFERENCE LAB SEND-OUT MANIFEST     Shipper: {facility}   CLIA {clia}
Pickup date: {coll_d}   Courier: {courier_full}   Tracking {tracking}   {cooler} @ {temp1}
#  Ref Acc      Local Acc        Patient                DOB          Test                     Temp
1  {refacc}  {acc}  {pt_caps}  {dob}  {tn1} ({cpt1})  {temp2}
2  pending     {acc2}  {rel_full}  {rel_dob}  {tn2}  amb
Packed by {tech_full}   Verified {tech2_ini}   Send-outs desk {lab_email}
""",
        """SENDOUT REQUISITION - {org_ng1}
Patient: {pt_lfm}  SSN {ssn}  DOB {dob}
Address: {street}, {city}, {state} {zip}
Ins: {member_id} / grp {group_no}
Physician: {md_full}  NPI {md_npi}  Fax {md_fax}
Local accession {acc}; ref accession {refacc}; collected {coll_dt}
Test: {tn2}, frozen serum {vol1}; CPT {cpt2}
Shipped {recv_d} via {tracking}. Results fax-back to {lab_fax}.
""",
    ),
    # 15 --------------------------------------------------------------------------------------------
    "s7_poct_glucose_log": (
        """POINT-OF-CARE GLUCOSE LOG   Unit {room1}   Meter {an1} {an_sn1}
Date/Time          Patient ID   Name            Result  Operator
{coll_dt}  {mrn}  {pt_lfm}  {poc_glu} mg/dL  {rn_ini}
{recv_dt}  {mrn}  {pt_lfm}  {poc_glu2} mg/dL  {tech2_ini}
Strip lot {rlot1}; QC L1/L2 lot {qclot1} PASS.
Comment: pt wears insulin pump (SN {pump_sn}) and CGM sensor {cgm_sn}; pump suspended per {md_full}.
POC coordinator: {tech_full}  {tech_email}
""",
        """POCT RESULT OVERRIDE / DISCREPANCY FORM {form1}
Patient {pt_full} ({mrn}), {facility}, DOB {dob}
i-STAT CHEM8+ K {tv1} vs core lab {tv2}; cartridge lot {rlot2}
Operator {rn_full} (emp {emp_id}) lockout: competency expired; recert by {tech_full} on {next_d}.
Home meter brought in by {rel_role} {rel_first}: serial {meter_sn}, reading {poc_glu2} mg/dL.
""",
    ),
    # 16 --------------------------------------------------------------------------------------------
    "s7_courier_pickup_sheet": (
        """COURIER PICKUP / SPECIMEN TRACKING SHEET   {org_ng2}
Route 7 North   Driver: {courier_full}   Driver lic {dl2}
Vehicle: {plate} (van, VIN {vin})   Odometer out {odometer}
Stop  Client                               Arrive  Depart  Totes  Temp   Signature
 1    {facility}                     {time1}    {time2}    {totes}   amb    {rn_ini}
 2    {psc}                     {time3}    {time4}    1     {temp1}  {tech_ini}
 3    {street}, {city} (home draw {pt_last})   {time5}    {clock1}    1   amb  pt
Received at lab: {recv_dt} by {tech2_full}. Chain of custody intact. Miles {mileage}.
""",
        """Specimen tracking exception
{cooler} left in vehicle {plate} overnight ({coll_d}); temp at discovery {temp1}.
Affected: {acc} ({pt_caps}, MRN {mrn}) and 3 others. Driver {courier_full}, emp {emp_id}, cell {pt_phone2}.
Dispatcher {tech_full}. Recollections requested via {role1}. Incident {ticket}.
Backup van VIN {vin}.
""",
    ),
    # 17 --------------------------------------------------------------------------------------------
    "s7_draw_station_log": (
        """OUTPATIENT DRAW STATION DAILY LOG   {psc}   {coll_d}
Tkt  Arrive  Patient                 DOB         ID checked        Phleb  Tubes  Wait
{ticketno} {time1}  {pt_lfm}  {dob}  DL {dl} / palm {palm_id}  {phleb_ini}  3  {wait} min
Photo on file: {photo}. Insurance {member_id}. Parking validated plate {plate}.
Req {req_no}; fasting confirmed; {tube1} + {tube2}.
Difficult stick x2, butterfly 23G L hand. Pt given callback no. {lab_phone}.
Phlebotomist {phleb_full}, cert {phleb_cert}.
""",
        """PATIENT SERVICE CENTER CHECK-IN (kiosk export)
name={pt_full}|dob={dob}|mrn={mrn}|phone={pt_phone}|email={pt_email}
biometric_enroll=PalmSecure id {palm_id}|photo_ref={photo}
order={order_no}|ordering={md_full}|site={psc}|addr={street} {city} {zip}
checkin={coll_dt}|station={station}|wait_min={wait}
""",
    ),
    # 18 --------------------------------------------------------------------------------------------
    "s7_lab_billing_abn": (
        """ADVANCE BENEFICIARY NOTICE OF NON-COVERAGE (ABN)   {form1}
A. Notifier: {facility}, {street2}, {city2} {state2} {zip2}  Tel {lab_phone}
B. Patient Name: {pt_full}           C. Identification Number: {mrn}
D. Lab test: {tn1} (CPT {cpt1})   E. Reason Medicare may not pay: frequency limit ({icd1})
F. Estimated cost: {money1}
G. OPTIONS: [X] OPTION 1 ...
H. Additional information: MBI {mbi}; ABN ref {abn_ref}
I. Signature: {pt_full}        J. Date: {coll_d}
""",
        """LAB BILLING STATEMENT
Guarantor: {rel_full} ({rel_role})   Patient: {pt_full}   DOB {dob}
Account {acct}   Claim {claim_no}   Statement date {rep_d}
Service  {coll_d}  {cpt1} {tn1}  {money1}
Service  {coll_d}  36415 venipuncture  {money2}
Service  {coll_d}  P9603 travel allowance  {money3}
Insurance paid (member {member_id}): {money4}   Balance due: {money5}
Pay online {url} or mail to {street}, {city} {state} {zip}.
SSN on file: {ssn}. Questions {lab_phone} / {lab_email}.
""",
    ),
    # 19 --------------------------------------------------------------------------------------------
    "s7_pt_qc_record": (
        """PROFICIENCY TESTING ATTESTATION   CAP # {cap_no}   CLIA {clia}
Survey {ptsample1} / {ptsample2}, mailing {year}-B   {facility}
Analyte       Result   Target   SDI
{tn1}   {tv1}   {tv1}   {sdi1}
{tn2}   {tv2}   {tv2}   {sdi2}
PT samples tested by: {tech_full} (CLS lic {cls_lic}) on {recv_d}; {tech2_full} on {recv_d}
Attested: {path_full}, Laboratory Director, {rep_d}. No inter-lab communication.
""",
        """DAILY QC REVIEW - Chemistry  {an2} {an_sn2}
Level 1 lot {qclot1}: mean within +/-2SD; CV {cv1}
Level 2 lot {qclot2}: 1-3s violation on {tn3}; run rejected {coll_dt}
Corrective action by {tech_full} ({emp_id}): recalibrated (cal lot {rlot3}); patient samples rerun.
Affected patient accession {acc} ({pt_lfm}) result changed - see corrected report.
Reviewed: {tech2_full} {rep_d}; Medical director {path_full} (lic {path_lic}).
""",
    ),
    # 20 --------------------------------------------------------------------------------------------
    "s7_corrected_report_notice": (
        """*** CORRECTED REPORT ***
Patient: {pt_caps}   MRN: {mrn}   DOB: {dob}   Acct: {fin}
Accession {acc}   Originally reported {rep_dt}   Corrected {amend_dt}
Test: {tn1}   Previous: {tv2} {tu1}   Corrected: {tv1} {tu1}   Ref {tr1}
Reason: specimen identification error detected (delta check); see occurrence {ticket}.
Ordering {md_full} notified by {tech_full} at {clock1}; read back. Fax copy {md_fax}.
Correction approved by {path_full}, MD.
""",
        """AMENDED PATHOLOGY REPORT - Addendum #1
Case {acc_sp}  {pt_full}  MRN {mrn}  Signed {rep_d} / amended {amend_d}
Amendment: the diagnosis for part B is revised from "{epo1}" to atypical ductal hyperplasia after
review of deeper levels. Clinician ({md_full}) informed {amend_dt}; email sent to {md_email}.
Distribution: fax {md_fax}; portal release {url}. Accessed by patient from {ip2}.
{path_full}, MD
""",
    ),
    # 21 --------------------------------------------------------------------------------------------
    "s7_pathologist_consult_letter": (
        """{path_full}, MD
{org_ng1}
{street2}
{city2}, {state2} {zip2}
Tel {lab_phone}  Fax {lab_fax}

{rep_d}

{path2_full}, MD
Department of Pathology, {facility}

Re: {pt_full} (DOB {dob_old}); your case {acc_sp}; our consult {acc_sp2}

Dear Dr. {path2_last},
Thank you for sending slides and blocks on this {age90}-year-old woman. I agree this is {epo2}-type
change with an atypical lymphoid infiltrate. Immunostains (CD20, CD3, Ki-67 {ki67}) support your
impression. The material will be returned with courier {courier_full} on {next_d}.
With kind regards, {path_first}
cc: {md_full} (fax {md_fax})
""",
        """CONSULTATION REPORT (outside material)
Referring pathologist: {path2_full}, {facility2}
Patient: {pt_lfm}   DOB {dob}   Our acc {acc_sp}   Outside {acc_sp2}
Received {recv_d}: 3 H&E, 2 unstained slides, block 1A.
DX: {epo1}; {stain1} and {stain2} performed.
Phone discussion with Dr. {path2_last} {rep_d}. Email {path2_email}.
Billing: {cpt1} (88321), acct {acct}.  {path_full}, MD, NPI {path_npi}
""",
    ),
    # 22 --------------------------------------------------------------------------------------------
    "s7_legal_blood_alcohol_kit": (
        """LEGAL BLOOD ALCOHOL - CHAIN OF CUSTODY   Kit {kit_no}   Seal {seal_no}
Subject: {pt_caps}   DOB {dob}   DL {dl}   SSN {ssn}
Address: {street}, {city}, {state}
Requesting agency: {county} Sheriff   Officer {officer_full}, badge {badge}
Incident: vehicle {plate}, VIN {vin}; case {case_no}
Drawn {coll_dt} by {phleb_full}, phlebotomy cert {phleb_cert}, at {facility} ED {room1}
Non-alcohol (povidone-iodine) prep. 2 gray-top tubes.
Released to officer {officer_last} at {clock1}. Subject photo (booking): {photo}
""",
        """MEDICAL (NON-LEGAL) ETHANOL vs FORENSIC REQUEST
Pt {pt_full}, MRN {mrn}, arrived {adm_d} after MVC on Hwy 2 near {city}.
Serum ethanol {etoh_mg} (whole-blood equivalent approx. {bac}).
Trooper {officer_full} ({badge}) presented warrant {case_no} for legal draw; plate {plate}.
Legal kit {kit_no} drawn {coll_dt} by {phleb_ini}; witnessed by {rn_full}.
""",
    ),
    # 23 --------------------------------------------------------------------------------------------
    "s7_dna_relationship_test": (
        """DNA RELATIONSHIP TESTING - COLLECTION RECORD   Case {case_no}
Party       Name                   DOB         ID type/No.         Thumbprint   Photo
Child       {child_full}   {child_dob}  birth cert        -            {photo2}
Mother      {pt_full}   {dob}  DL {dl}      {thumb_id}   {photo}
            (SSN {ssn}, child support referral)
Alleged F   {alleged_full}   {rel_dob}  DL {dl2}      {thumb_id2}   on file
Collected {coll_dt} at {psc} by {collector_full} (emp {emp_id}); buccal swabs x4 each.
Address on file: {street} {unit}, {city}, {state} {zip}. Results to {pt_email}.
Combined paternity index reported by {org_ng1}; lab AABB accredited.
""",
        """LEGAL PATERNITY - SUMMARY
Tested parties: {alleged_lfm} (AF), {pt_caps} (M), {child_full} (C)
Probability of paternity 99.99% (CPI > 10,000) / or excluded at 4 loci
Specimens collected {coll_d}; witnessed by {collector_full}; biometric thumb scan {thumb_id}.
Report issued {rep_d}. Director {path_full}. Attorney copy fax {md_fax}.
""",
    ),
    # 24 --------------------------------------------------------------------------------------------
    "s7_workplace_drug_ccf": (
        """FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM   Specimen ID {ccf_no}
STEP 1 A. Employer: {org_ng2}, {street2}, {city2} {state2}   Phone {lab_phone}
       B. MRO: {md_full}, MD   Fax {md_fax}
       C. Donor SSN or Employee I.D. No.: {ssn}
       D. Reason: Post-Accident    E. Tests: {drugpanel}
       F. Collection site: {psc}, {street}, {city} {zip}
STEP 2 Temperature 32-38 C within 4 min: Yes
STEP 4 Collector: {collector_full}   {coll_dt}   Donor photo ID: CDL {dl}
STEP 5 Donor: {pt_full}   DOB {dob}   Daytime ph {pt_phone}
""",
        """MRO VERIFICATION WORKSHEET
Donor {pt_lfm}  ID {emp_id2}  CCF {ccf_no}
Lab result ({org_ng1}, cutoff {cutoff}): positive {drugpanel}
Interview {rep_dt} by {md_full} (MRO, DEA {md_dea}); donor presented Rx for {brand2}.
Verified NEGATIVE. Reported to employer DER {rel_full} at {pt_phone2} on {amend_d}.
Donor photo ID captured: {photo}; thumbprint {thumb_id}.
""",
    ),
    # 25 --------------------------------------------------------------------------------------------
    "s7_mobile_phleb_route": (
        """MOBILE PHLEBOTOMY ROUTE SHEET  {coll_d}  Phleb {phleb_full} ({phleb_cert})  Car {plate}
1. {time1}  {pt_lfm}, {age90} y, {street} {unit}, {city} {zip} - INR, BMP; gate code at front desk
   Homebound; {rel_role} {rel_full} {pt_phone}. Coumadin {warf}.
2. {time2}  {org_ng2} group home, {street2}, {city2} - CBC x4 residents
Mileage {mileage} (HCPCS P9603). Drop at {facility} lab by {clock2}.
""",
        """Home draw visit note
Visit {coll_dt}. Pt {pt_full} (DOB {dob_old}, age {age90}) at home, {hood}, {city}.
Drew {tube1} and {tube2} from R AC, 1 attempt. Pt uses home INR meter (CoaguChek XS, SN {meter_sn}); today
meter {inr_poc} vs venous pending. Specimens hand-off to courier {courier_full} (vehicle {plate2}).
{phleb_full}, mobile phlebotomist
""",
    ),
    # 26 --------------------------------------------------------------------------------------------
    "s7_hl7_oru_result_msg": (
        """MSH|^~\\&|LIS|{facility}|EHR|MAIN|{rep_hl7}||ORU^R01|{order_no}|{hl7_ts_sys}|2.5.1
PID|1||{mrn}^^^MRN||{pt_last_uc}^{pt_first_uc}^{pt_mi}||{dob_hl7}|F|||{street}^^{city}^{state}^{zip}||{pt_phone}
PV1|1|O|{room1}||||{md_npi}^{md_last}^{md_first}
ORC|RE|{order_no}|{acc}
OBR|1|{order_no}|{acc}|{cpt1}^PANEL|||{coll_hl7}
OBX|1|NM|{tl1}^{tn1}^LN||{tv1}|{tu1}|{tr1}|{tfx1}|||F
OBX|2|NM|{tl2}^{tn2}^LN||{tv2}|{tu2}|{tr2}|{tfx2}|||F
OBX|3|NM|{tl3}^{tn3}^LN||{tv3}|{tu3}|{tr3}|{tfx3}|||F
NTE|1||Verified by {tech_full}
""",
        """LIS interface error queue - message rejected
Reason: PID-3 {mrn} not found at receiving EHR; patient {pt_full} DOB {dob} re-registered under {mrn2}.
Original acc {acc}, OBR-7 {coll_hl7}. Interface analyst {tech_full} ({tech_email}) resent at {clock1}.
Ticket {ticket}. Engine build {build}.
""",
    ),
    # 27 --------------------------------------------------------------------------------------------
    "s7_portal_result_release_audit": (
        """PATIENT PORTAL - RESULT RELEASE AUDIT
user_name        {pt_email}
patient          {pt_full}  MRN {mrn}  DOB {dob}
result           {acc} {tn1} (released immediately per Cures Act)
released         {rep_dt}
first_view       {amend_dt}  from {ip2}
proxy_view       {rel_full} ({rel_role}) from {ip}
link             {url}
profile_photo    {photo}
""",
        """Access review (privacy office)
Chart {mrn} ({pt_caps}) accessed {rep_dt} by employee {emp_id} ({tech_full}) from workstation {ip};
same-last-name flag: employee is {rel_role} of patient. Result viewed: {tn2} {tv2}.
Referred to {rn_full}, privacy officer ({rn_email}). Case {case_no}.
Patient login also recorded {amend_dt} from {ip2}, voice-auth {voice_id}.
""",
    ),
    # 28 --------------------------------------------------------------------------------------------
    "s7_pending_list_csv_export": (
        """acc,mrn,last,first,dob,loc,test,ordered,status,ordering_md
{acc},{mrn},{pt_last_uc},{pt_first_uc},{dob},{room1},{tn1},{coll_dt},IN LAB,"{md_lf}"
{acc2},{mrn2},{rel_last},{rel_first},{rel_dob},{room2},{tn2},{recv_dt},PENDING COLL,"{md2_lf}"
{acc_prior},{mrn},{pt_last_uc},{pt_first_uc},{dob},{room1},{tn3},{prior_d},SENT OUT,"{md_lf}"
# exported by {tech_ini} {rep_dt} from LIS v{build}; facility {facility}
""",
        """OVERDUE PENDING TESTS > 72 H ({facility})
Accession     Patient                      Test                     Collected          Days
{acc}  {pt_lfm}  {tn1}  {coll_dt}   4
{refacc}  {pt_lfm}  {tn2} (send-out)  {coll_dt}   6
Called {org_ng1} client services {lab_phone}: lost in transit, tracking {tracking}.
Follow-up: {tech_full}. Ordering {md_full} aware {rep_d}.
""",
    ),
    # 29 --------------------------------------------------------------------------------------------
    "s7_anticoag_selftest_report": (
        """PATIENT SELF-TESTING (PST) INR REPORT - Anticoagulation Clinic, {facility}
Patient: {pt_lfm}   DOB {dob_old}   Age {age90}   MRN {mrn}
Meter: CoaguChek INRange, serial {meter_sn}   Test strips lot {rlot1}
{prior_short}: INR {inr_poc2}     {coll_short}: INR {inr_poc}
Warfarin (Coumadin) dose: {warf}. Goal 2.5-3.5 (mechanical MVR); hx {epo1}.
Reviewed by {rn_full}, PharmD; called pt at {pt_phone} {clock1}. Next test {next_d}.
Billing G0249; supplier acct {acct}.
""",
        """Venous correlation - home INR meter
Pt {pt_full} MRN {mrn}. Home meter SN {meter_sn}; UDI {udi}.
Meter {inr_poc} vs lab INR {h10} (acc {acc}, {coll_dt}); difference within +/-0.5. Continue PST.
Reviewed {md_full}; faxed to {md_fax}.
""",
    ),
    # 30 --------------------------------------------------------------------------------------------
    "s7_public_health_isolate_referral": (
        """STATE PUBLIC HEALTH LABORATORY - ISOLATE SUBMISSION FORM   {form3}
Submitter: {facility}  CLIA {clia}  Contact {tech_full} {lab_phone}  Fax {lab_fax}
Patient: {pt_lfm}   DOB {dob}   Sex M   County of residence: {county}
Address: {street}, {city} {zip}   Phone {pt_phone}
Specimen: isolate of {org1} from {tube1}; local acc {acc_micro}
Collected {coll_d}; onset {onset_d}; hospitalized Y ({adm_d})
Reason: CRE confirmation / carbapenemase testing.  Outbreak code: none
""",
        """Reportable condition - lab report to county health
Organism: {org1}   Result: Detected (PCR Ct {ct})
Patient {pt_full}, {age1} y, DOB {dob}, resident of {hood}, {city} ({county})
Work/school: {org_ng2}. Phone {pt_phone}; email {pt_email}.
Acc {acc_micro}, collected {coll_dt}, reported {rep_dt}. Provider {md_full} ({md_phone}).
Reported by {rn_full}, infection preventionist, via ELR; confirmation {ticket}.
""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """CHEMISTRY REFERENCE INTERVALS (adult) - {form1}
{tline1}
{tline2}
{tline3}
{tline4}
{tline5}
Intervals verified {yr1} per CLSI EP28; pediatric intervals differ. Analyzer {an1}.
""",
    """DAILY QC SUMMARY - {an2} ({an_sn2})
Level 1 lot {qclot1}: {tn1} SDI {sdi1}, CV {cv1}
Level 2 lot {qclot2}: {tn2} SDI {sdi2}, CV {cv2}
Westgard 1-2s warning on {tn3} at {clock1}; no rejection. Reagent lot {rlot1}. Reviewed by the lab section lead.
""",
    """SPECIMEN REJECTION CRITERIA ({form2})
- {reject1}
- {reject2}
- {reject3}
Notify {role1}; recollect within 4 h. Do not relabel. Citrate tubes: fill to line (2.7 mL, 9:1).
""",
    """CRITICAL VALUE LIST (adult)
{crit_test}: {crit_lim}   example recent value {crit_val}
Potassium < 2.8 or > 6.2 mmol/L; Glucose < 50 or > 500 mg/dL; Hgb < 6.5 g/dL; Plt < 20 x10^3/uL; INR > 5.0
Call within 30 min to {role2}; read-back required ({form3}).
""",
    """ANTIBIOGRAM {yr1} - {org1} (n = {stops} isolates, % susceptible)
{ab1} {pct}
{ab2} {pct}
{ab3} {pct}
{ab4} {pct}
Per CLSI M39; first isolate per patient per year. Prepared by the microbiology section.
""",
    """CPT / LOINC CROSSWALK EXCERPT
{cpt1}  {tn1}  LOINC {tl1}
{cpt2}  {tn2}  LOINC {tl2}
{cpt3}  {tn3}  LOINC {tl3}
36415 venipuncture; P9603 travel allowance one way, prorated miles; G0480 definitive drug testing 1-7 classes.
Revenue code {rev1}; DRG {drg1} for reference only.
""",
    """SUSCEPTIBILITY TABLE (MIC ug/mL) - {org1}, {an3}
{abline1}
{abline2}
{abline3}
{abline4}
{abline5}
Breakpoints CLSI M100. ESBL screen negative. {cfu}.
""",
    """SURGICAL PATHOLOGY GROSSING GUIDE - breast lumpectomy
Ink margins (superior blue, inferior green, anterior yellow). Section at 3-4 mm. Fixation 6-72 h in 10% NBF.
Report Nottingham {nottingham}; ER {er}; HER2 {her2}; Ki-67 {ki67}.
CPT {cpt1} / 88307; {stain1} as needed. Specimen size example {size2}.
""",
    """CYTOLOGY QA MONTHLY
Pap tests screened: {stops}00; {bethesda} rate {cv1}; ASC:SIL ratio 1.8.
HPV cotest: {hpv}.
Workload limit 100 slides/24 h per CT; rescreen 10% NILM. {form4}.
""",
    """MOLECULAR ASSAY VALIDATION SUMMARY
Variant detected in reference material: {variant}, VAF {vaf}
LOD 5% VAF; TMB reference {tmb}; {an5}. Classification scheme ACMG/AMP ({acmg}).
Genomic coordinate example {hgvs_g}.
""",
    """REFERENCE LAB SEND-OUT STABILITY TABLE
{tn1}: frozen {temp1}, 14 days; ship on dry ice.
{tn2}: refrigerated {temp2}, 7 days.
Tube: {tube1}; minimum volume {vol1}. Courier: {org_ng1}. Box {cooler}.
""",
    """POINT-OF-CARE COMPETENCY CHECKLIST - {an4} ({form5})
[ ] QC L1/L2 lot {qclot3} within range
[ ] Patient ID x2 before test
[ ] Strip lot {rlot2} not expired
Glucose critical < 50 or > 500 mg/dL - send venous sample. Sample result {poc_glu} mg/dL for drill.
""",
    """COURIER ROUTE SUMMARY (no patient data)
Route 3 South: {stops} stops; {totes} totes; {cooler} at {temp1}; mileage {mileage}; odometer {odometer}.
Departure {clock1}, return {clock2}. Dispatcher: the courier supervisor.
""",
    """DRAW STATION STATISTICS
Tickets issued: {stops}; average wait {wait} min; peak {clock1}-{clock2}.
Station {station} closed for cleaning. Butterfly 23G use {pct}. Tubes most used: {tube1}, {tube2}.
""",
    """ABN GUIDANCE - {form1}
Issue when frequency limit applies: e.g. {tn1} ({cpt1}) with ICD-10 {icd1}.
Estimated cost {money1}; lab fee schedule {yr1}. Modifier GA if ABN signed, GZ if not.
""",
    """PROFICIENCY TESTING RESULTS - survey {ptsample1}
{tn1}: result {tv1}, target {tv2}, SDI {sdi1} - acceptable
{tn2}: result {tv3}, target {tv3}, SDI {sdi2} - acceptable
Score 100%. Corrective action not required. {form2}.
""",
    """CORRECTED REPORT POLICY ({form3})
Corrections require pathologist approval; notify {role1} and document read-back. Original results retained.
Delta check limits: Hgb change > 3.0 g/dL in 24 h; MCV change > 3 fL.
""",
    """HEMATOLOGY REFERENCE / FLAGS
{hline1}
{hline2}
{hline3}
{hline6}
{hline9}
Smear review criteria: Plt < 100 first time; WBC > 30; Auer rods, Howell-Jolly bodies reviewed by pathologist.
""",
    """INFECTION PREVENTION MONTHLY DASHBOARD
CLABSI SIR 0.62; CAUTI SIR 0.88; C. difficile LabID events {stops}; MRSA bacteremia {totes}.
Blood culture contamination {pct}; TTP median {ttp}. Organisms: {org1}, {org2}, {org3}.
Units {room1} and {room2} under enhanced surveillance.
""",
    """HL7 ORU TEMPLATE (test message, no patient)
OBX|1|NM|{tl1}^{tn1}^LN||{tv1}|{tu1}|{tr1}|{tfx1}|||F
OBX|2|NM|{tl2}^{tn2}^LN||{tv2}|{tu2}|{tr2}|{tfx2}|||F
Engine build {build}; segment count 8; ACK AA.
""",
    """TOXICOLOGY CUTOFFS ({form4})
Panel: {drugpanel}. Screening cutoff {cutoff}. Confirmation by LC-MS/MS.
Ethanol reporting: serum {etoh_mg}; whole-blood equivalent approx {bac} (factor 1.18).
HCPCS {hcpcs1}, {hcpcs2}.
""",
    """ANTICOAGULATION CLINIC PROTOCOL
Goal INR 2.0-3.0 (AF); 2.5-3.5 (mechanical mitral valve). Sample dose {warf}.
POC INR {inr_poc} vs venous - repeat venous if > 4.5. {brand1} interactions: check with pharmacist.
Age {age1} patients: consider lower starting dose. ICD-10 Z79.01.
""",
    """BILLING CODES QUICK LIST
{cpt1} / {cpt2} / {cpt3} ; HCPCS {hcpcs1}, {hcpcs3}; NDC {ndc1}; revenue {rev1}, {rev2}; DRG {drg2}.
Charges: {money1}, {money2}, {money3}. SNOMED {snomed1}. ICD-10 {icd2}, {icd3}.
""",
    """FROZEN SECTION QA - {yr2}
Cases {stops}; discordance {cv1}; deferral rate {cv2}. Median TAT 16 min (goal 20).
Cryostat Leica CM1950 {an_sn1}; {stain1} on permanent sections. Pathology fellow rotation.
""",
    """PUBLIC HEALTH REPORTING LIST
Report within 24 h: {org1}, {org2}; {epo1} not reportable. CRE: submit isolate ({form5}).
Organism PCR Ct example {ct}. HIV VL {vl}; CD4 {cd4} cells/uL.
""",
    """INSTRUMENT MAINTENANCE LOG
{an1} {an_sn1}: daily probe clean {clock1}; weekly {clock2}.
{an2} {an_sn2}: reagent lot {rlot4} loaded; cal lot {rlot5}. Temp {temp3}.
Service by vendor engineer; no patient impact.
""",
)
