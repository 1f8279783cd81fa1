"""Set X's document styles: perioperative, procedural and ancillary operations.

``TEMPLATES`` maps a note type to 2-4 templates; ``NEGATIVE_TEMPLATES`` use look-alike keys only.
Placeholders are ``{key}``; keys come from ``values.identifiers`` (gold) and ``values.lookalikes``.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ---------------------------------------------------------------------------------------------
    "x_or_daily_schedule_grid": (
        """MAIN OR SCHEDULE -- {fac}          PRINTED {t1}   {page}
Date of surgery: {dos}        Run: FINAL (post-huddle)
ROOM     START  PATIENT                    MRN          AGE  PROCEDURE                 SURGEON         ANES
{room}   {t2}   {pt_caps}      {mrn}     {age}   {proc}      {surg_init}    {anes_last}
{room2}  {t3}   {nok_caps}     {mrn2}     {yo2}   {proc2}      {fellow_init}    {crna_last} (CRNA)
ADD-ON   TBD    {rep_lf}       pending      --   {proc}      {surg_last}     --
Notes: rm 1 {eponym} positioning; {tray} loaner due from {org} by {t4}. Case # {case} needs {product} x2
on hold. Ins {hpid} precert OK. Call board {phone} with bumps. Charge RN: {rn}.""",
        """OR BOOKING SHEET / posting request                         {form}
Posting date {d_prev}   Requested DOS {dos}   Time req: {t1}   Est dur {dur}
Pt: {pt_lf}   DOB {dob}   Age {age}   MRN {mrn}   FIN {fin}
Home: {street}, {city}, {state} {zip}   Cell {phone}
Primary ins member ID {hpid}  grp {group}   Auth ref {pa}
Procedure: {proc} ({cpt}, dx {icd})  Side: R   Wound {wound}
Surgeon {surg} (NPI {npi})   Assist: {fellow}   Anesthesia pref: GA/{airway}
Special equipment: {brand}, {brand2}; implant vendor rep {rep} to attend.
Blood: T&S, {product}.  Isolation: {mrsa}.  Posted by {circ_first} @ OR desk {t2}.""",
        """From: OR scheduling desk
To: {surg_last} office
Re: move of case {case} -- {pt_first} {pt_last}, {age} y/o

{surg_first}, your {proc} for {pt} ({mrn}) has been moved from {d_prev} to {dos} because {room} is down
for the {brand} service visit. New start {t1}, second case after {proc2}. Pre-admission testing is booked
for {d_next}?? -- no, PAT must be BEFORE the case, please re-book; the PAT line is {phone2}. The patient's
daughter {nok} ({phone}) asked that all calls go to her. Thanks, {circ} ({emp}).""",
    ),
    # 2 ---------------------------------------------------------------------------------------------
    "x_surgical_case_log_csv": (
        """# export: periop_case_log  host={ip}  rows=3  generated {dt_iso2}
case_no,surg_date,mrn,fin,pt_name,dob,age,proc_cpt,surgeon,surgeon_npi,anes,in_room,out_room,asa,ebl,payer_id
{case},{dos_iso},{mrn},{fin},"{pt_lf}",{dob_iso},{age},{cpt},"{surg_lf}",{npi},"{anes_lf}",{t1},{t2},{asa},{ebl},{hpid}
,,,,,,,{cpt2},,,,,,,,
# totals: cases=1 ebl_total={ebl} implants_rev={rev} charge={money}""",
        """CASE LOG -- SURGICAL RESIDENT (ACGME upload worksheet)
Resident: {fellow} (employee {emp})   PGY-3   Program: General Surgery
Date          Case ID        Pt initials/MRN          Role     CPT     Attending
{dos_us}    {case}      {mrn}                  Surgeon  {cpt}   {surg}
{d_prev}    {case2}     {mrn2}                   Assist   {cpt2}   {surg_last}
Comment: pt {pt_last} was the {age}-yr-old with {eponym}; attending signed {dt1}. Upload from
workstation {ip}. Do not include full names in the ACGME system -- the line above was flagged by {rn}.""",
    ),
    # 3 ---------------------------------------------------------------------------------------------
    "x_anesthesia_intraop_record": (
        """ANESTHESIA RECORD                                              {fac}
Patient {pt_lf}     MRN {mrn}     DOB {dob}  ({age} yrs)     Wt {wt}
Photo ID matched to chart image {photo} by {crna} at {t1}
Procedure {proc}   Room {room}   Surgeon {surg_init}   {asa}  {mallampati}
Anesthesiologist {anes} (DEA {dea})   CRNA {crna_lf}
Induction {t2}: {dose1}, {dose2}, {dose3}. Airway {airway}. {abx} at {t3}.
Vitals q5: BP {bp}  HR {hr}  SpO2 {spo2}  EtCO2 {etco2}  T {temp}
{pressor} x2 for MAP < 65. EBL {ebl}  UO {uo}  IVF {ivf}
Omnicell override by fingerprint {bio} ({crna_last}) for {dose2}.
Handoff to PACU {dt2} -- {score}. Signed: {anes_init}, MD.""",
        """ANES PRE-OP / INTRA-OP SUMMARY (scanned, page 2)
PT: {pt_caps}  DOB: {dob}  ACCT: {fin}  MRN: {mrn}
AGE: {age}   {asa}   NPO since {t1}   {mallampati}
Hx: {eponym}, {eponym2}. Last Hgb {hgb} {ref}, K {k}, INR {inr}.
Consent obtained from pt and {nok_rel} {nok} (tel {phone}) on {d_prev}.
Plan GA/{airway}. {dose1} -> {dose3}. {pos}. {brand} warmer.
Events: {t4} hypotension 72/40, {pressor}. Anes start {dt1}, anes end {dt3}.
Staff: {anes} MD  NPI {npi}; relief {crna} CRNA lic {rnlic}; Pyxis bio-ID {bio}.
Face sheet photo on file: {photo}.""",
    ),
    # 4 ---------------------------------------------------------------------------------------------
    "x_pacu_phase1_handoff": (
        """PACU HANDOFF (I-PASS)  bay {bed}   arrival {dt1}
I: {pt} ("{pt_nick}"), {age} yo, s/p {proc} with {surg_last}; {asa}.
P: {airway}; received {dose2}; {abx}. EBL {ebl}, UO {uo}. {score}, pain {pain}.
A: BP {bp} HR {hr} SpO2 {spo2} on {o2}. Hgb {hgb} at {t2}.
S: {nok_rel} {nok_first} waiting in the family lounge, cell {phone}; wants call before transfer.
Going to {unit_name}, {bed2}. Report called to {rn2} at {t3}. Handing RN {rn}, receiving {rn2_first}.
Anes: {anes_init}. MRN {mrn}.""",
        """phase I -> phase II / d/c note
{dt2}: {pt_first} {pt_last} (MRN {mrn}, DOB {dob}) meets discharge criteria, {score}. Ride home with
{nok} ({nok_rel}), {phone2}. Address confirmed for post-op call: {street} {unit}, {city} {zip}.
Post-op call scheduled {d_next}. Rx sent to pharmacy -- Rx # {rx}. Pt is {age}; lives alone per
{nok_first}; home health referral placed by {rn}. Belongings returned to pt.""",
    ),
    # 5 ---------------------------------------------------------------------------------------------
    "x_implant_tracking_register": (
        """IMPLANT LOG  |  {room}  |  case {case}  |  {dos}
Patient: {pt_lf}   MRN {mrn}   DOB {dob}
Item                              Mfr cat#     LOT           SN / UDI                         Qty
{implant}        see sticker  {dev_lot}    {dev_sn}                   1
{implant2}     see sticker  {supply_lot}   {udi}                    1
Bone cement Palacos R+ 40 g       stock        {supply_lot}    n/a (stock)                      2
Implanted by {surg} (NPI {npi}); rep on site {rep} -- {email2} / {phone2}
Registry card mailed to pt at {street}, {city} {zip}. Entered by {circ_init} {t2}.""",
        """Implant record / registry transmission
Registry: AJRR  Form {form}  Submitted {dt2}
Pt {pt}   DOB {dob_us}   Sex F   Age {age}
Surgery date {dos_iso}   Laterality: Right   Dx {icd}   Proc {cpt}
Components (UDI / lot tied to this implant):
 - {implant}  UDI {udi}
 - {implant2}  LOT {dev_lot}  SERIAL {dev_sn2}
Surgeon {surg_lf}  NPI {npi}   Facility {fac}
Vendor fax for replacement bill-only PO: {fax}   Rep {rep_first} {rep_last}
HCPCS {hcpcs}, rev code {rev}. Cost {money}.""",
        """bill-only implant -- note to purchasing
{rep} from {org} left the following in {room} on {dos_short}: {implant}, serial {dev_sn}, lot {dev_lot}.
Used for {pt_last} ({mrn}, case {case}). Please fax the PO to {fax} and email {email2}. Rep cell is
{phone}. Sticker sheet in chart. -- {circ}, RN""",
    ),
    # 6 ---------------------------------------------------------------------------------------------
    "x_explant_return_to_manufacturer": (
        """EXPLANTED DEVICE RETURN -- RETURNED GOODS AUTHORIZATION
RGA requested from {org} on {dos}. Decontaminated per {policy}.
Device: {implant}   Serial: {dev_sn}   Implant date: {d_implant}
Explant reason: {explant_reason}   Explanted by {surg} at {fac}
Patient: {pt}  DOB {dob}  MRN {mrn}  ({age} y)
Patient consent to release device for analysis signed by pt's {nok_rel} {nok}.
Courier {courier} ({org2}), vehicle plate {plate}, picked up {dt2}. Tracking update: {url}
Questions: product analysis {phone2}, fax {fax}, {email2}.""",
        """explant / device analysis request (handwritten form, typed)
Pt name: {pt_caps}      Acct: {acct}      Date of explant: {dos}
Implanting facility/date: {fac2} / {d_implant}
Device model {implant}  SN {dev_sn2}   Lead(s): {implant2} SN {dev_sn}
Reason: {explant_reason}; battery at ERI, no {eponym}-type reaction.
Home address for mfr warranty credit letter: {street}, {unit}, {city}, {state} {zip}
Reported to MAUDE? Y (no PHI sent). Rep {rep_init} emailed at {email2}. Fax: {fax}.
Sig {circ} {t3}""",
    ),
    # 7 ---------------------------------------------------------------------------------------------
    "x_sps_tray_case_trace": (
        """SPM TRACKING -- INSTRUMENT SET HISTORY                 scanner host {ip}
Set: {tray} ({tray_id})   Sterilizer: {sterilizer}  {load}   BI: negative   CI: pass
{dt1}  ASSEMBLED        {tech_lf} (emp {emp}, {cert})
{dt2}  STERILIZED       {load}
{dt3}  DELIVERED OR     {room}
{dt4}  LINKED TO CASE   case {case} / MRN {mrn} / {pt_caps}
       surgeon {surg_last}   proc {proc}
RECALL CHECK: if {load} BI turns positive, notify {role} and pt's surgeon; pt DOB {dob}.
Trace link: {url}""",
        """SPD -- loaner tray receiving / case assignment
Loaner: {tray2} from {org}, {count} trays, received {dt1} by {tech} (CRCST {cert})
Rep: {rep}  {phone2}   Case: {case}   DOS {dos}   Surgeon {surg_init}
Patient: {pt_lf} MRN {mrn}
Weight per tray < 25 lb: yes. Decon {t2}, sterilize {sterilizer} {load}, release {t4}.
Terminal {ip} logged by emp {emp2}. Return to vendor {d_next}.""",
    ),
    # 8 ---------------------------------------------------------------------------------------------
    "x_ius_flash_sterilization_log": (
        """IMMEDIATE-USE STEAM STERILIZATION (IUSS) LOG   {sterilizer}   {form}
Date/time: {dt1}    OR: {room}    Cycle: 270F gravity 3 min    {load}
Item: {tray2} single instrument (dropped)   Reason: dropped item, no backup
Patient: {pt_lf}   MRN {mrn}   Case {case}   DOB {dob}
Surgeon notified: {surg}     Processed by: {tech} #{emp}
Circulator: {circ}   Infection prevention review: {role2}
Pt age {age}. Follow {policy}.""",
        """IUSS event -- implant flashed (reportable)
{dos}: screw from {tray} flashed in {room} for {pt} ({mrn}). Implant lot {dev_lot} was used before BI
result ({dt3}). Surgeon {surg_last} aware. Notified IP ({role}), {rn}, and pt's {nok_rel} {nok} at
{phone}. BI read {t4}: negative. Tech {tech_first} (emp {emp}). Filed under {policy}.""",
    ),
    # 9 ---------------------------------------------------------------------------------------------
    "x_bb_type_screen_crossmatch_worksheet": (
        """BLOOD BANK -- TYPE & SCREEN / CROSSMATCH WORKSHEET
Specimen # {spec}   Collected {dt1}   Received {dt2}   Tube {tube}
Patient {pt_caps}   MRN {mrn}   DOB {dob}   SSN {ssn}
Collector {rn} (emp {emp}) -- band ID verified, palm scan {bio}
ABO/Rh {abo}   Ab screen {ab_screen}   {dat}
Hx: prior specimen {d_prev} ({abo}); special needs: irradiated, CMV-neg
Units crossmatched:
  {bbunit}  {product}  {abo2}  exp {d_exp}   {xm}
  {bbunit2}  {product}  {abo2}  exp {d_exp}   {xm}
Tech {bbt_init}   {t4}   Reviewed {bbt}   Surgery {dos} with {surg_last}""",
        """BB NOTE: pt {pt_lf} ({mrn}), {age} yo, for {proc} on {dos_short}. Antibody screen {ab_screen};
antigen-negative units requested from {org}. Two specimens needed for ABO (2nd sample {spec}).
Called {rn} on {unit_name} at {phone}, said the 2nd draw will be at {t2}. Pt SSN on file {ssn} matches
old record {mrn2} (merged). Patient's {nok_rel} {nok} donated directed unit {bbunit} -- ready {d_next}.
-- {bbt}, MLS""",
    ),
    # 10 --------------------------------------------------------------------------------------------
    "x_transfusion_bedside_verify": (
        """TRANSFUSION ADMINISTRATION RECORD   {form}
Pt {pt_lf}   MRN {mrn}   DOB {dob}   Loc {unit_name} {bed}
Patient identity: band scan + PatientSecure palm vein {bio}; photo on chart {photo}
Unit # {bbunit}   {product}   {abo}   Exp {d_exp}   Vol {bl_vol}
Verifier 1: {rn} ({emp})      Verifier 2: {rn2} ({emp2})
Start {dt1}   15-min vitals BP {bp} HR {hr} T {temp}   End {dt3}
Pre: Hgb {hgb}. No reaction. Consent on {d_prev} signed by pt.""",
        """bedside transfusion check -- DISCREPANCY
{dt2}  Unit {bbunit} brought to {bed} for {pt_first} {pt_last}. Tag read MRN {mrn2}, band read {mrn}.
NOT HUNG. Palm vein ID {bio} returned {pt_caps}, DOB {dob}. Returned to BB; {bbt} re-labelled.
Photo ID {photo} matched pt. Second RN {rn2}. Event report by {rn} (emp {emp}) at {t4}.""",
        """TRANSFUSI0N ADMINISTRATI0N REC0RD (scan p.1 -- image quality poor)
Pt narne: {pt_caps}      MRH: {mrn}      D0B: {dob}
Unit no.. {bbunit}   Cornponent: {product}   ABO/Rh {abo}   Exp: {d_exp}
lD by palrn vein {bio}  /  ph0to {photo}
Verifier l: {rn_lf}   Verifier 2: {rn2_lf}   Start: {dt1}   Stop: {dt3}
Pre VS: BP {bp} HR {hr} T {temp}  -- no rxn.  Ward: {unit_name} {bed}  {fac}""",
    ),
    # 11 --------------------------------------------------------------------------------------------
    "x_transfusion_reaction_investigation": (
        """SUSPECTED TRANSFUSION REACTION -- LAB INVESTIGATION
Patient: {pt}   MRN {mrn}   DOB {dob}   Age {age}   SSN {ssn}
Ins: member {hpid}   Acct {acct}
Unit(s): {bbunit} ({product}), started {dt1}, stopped {dt2}
Symptoms: T {temp} from 36.8, rigors, BP {bp}. Post-sample {spec}: {dat}, plasma hemolysis no.
Clerical check OK. Culture of bag sent. Supplier notified ({org}) by fax {fax} at {t4}.
Pathologist {path} (NPI {npi}): febrile non-hemolytic reaction likely. Reported to hemovigilance.
Attending {refmd} paged at {phone}.""",
        """Hemovigilance fax cover -- to {org}  fax {fax}  from BB  fax {fax2}
Re: recipient {pt_lf}, DOB {dob_us}, {age} years old; component {bbunit}; reaction {dt3}.
Recipient address per registration: {street}, {city}, {county}.
Please quarantine co-components from donation {bbunit2}. Contact {bbt} at {phone}. {page}""",
    ),
    # 12 --------------------------------------------------------------------------------------------
    "x_specimen_chain_of_custody_form": (
        """CHAIN OF CUSTODY -- FORENSIC / POST-ACCIDENT TOXICOLOGY     Specimen ID {spec}
Donor: {pt_caps}   DOB {dob}   SSN/ID {ssn}   Photo ID: driver's lic {dl}
Employer: {org}   Reason: post-accident   Vehicle involved plate {plate}, VIN {vin}
Collection site: {fac}, {street}, {city} {zip}
Collected {dt1} by {rn} ({emp}) -- temp in range, split specimen, seal intact
RELEASED BY            RECEIVED BY             DATE/TIME           PURPOSE
{rn_lf}          {courier_lf}          {dt2}    transport
{courier_lf}          {bbt_lf}          {dt3}    accessioning
Donor phone {phone}; MRO {refmd}, fax {fax}.""",
        """specimen custody log -- evidence kit
Kit {spec} (blood alcohol x2 gray top) for {pt} ({mrn}), requested by officer {courier_last} (badge {emp2}),
patrol unit {plate}. Drawn {dt1} by {rn_first} {rn_last}, witnessed by {rn2}. Sealed, initialed, handed to
officer at {t3}. Pt address on ID: {ptstreet2}, {city}. Pt is {age}. DL {dl}. Copy to {fac} lab ({phone2}).""",
    ),
    # 13 --------------------------------------------------------------------------------------------
    "x_lab_accessioning_rejection_log": (
        """CORE LAB -- SPECIMEN REJECTION LOG      {unit_name}
ACCESSION     RECV            PATIENT               MRN          TEST        REASON              CALLED
{acc}  {dt1}  {pt_lf}   {mrn}   {loinc}  {reason}   {rn_init} {t2}
{spec}     {dt2}  {nok_lf}   {mrn2}    BMP      {reason}   {rn2_init} {t3}
Recollect orders placed. Caller: {tech} ({emp}). Unit phone {phone}.""",
        """ACCESSIONING NOTE  {dt3}
Req for {pt_caps} DOB {dob} received w/ {tube} labelled "{nok_caps}" -- mislabeled, rejected per {policy}.
Accession {acc} cancelled; new accession {spec}. {rn} on {unit_name} ({phone}) notified, read back OK.
Ordering {refmd}, NPI {npi}. Pt age {age}. Test: K {k} {ref} would have been critical.""",
    ),
    # 14 --------------------------------------------------------------------------------------------
    "x_radiology_protocol_worksheet": (
        """CT PROTOCOL WORKSHEET   Order {order}   Acc {acc}   Priority {priority}
Pt {pt_lf}  DOB {dob}  MRN {mrn}  Age {age}  Wt {wt}
Exam: CT A/P w contrast ({cpt})   Dx {icd}
eGFR {egfr} on {d_prev} (Cr {cr})   Allergy: iodinated contrast -- hives {year}
PROTOCOL: {contrast} at {rate} via {gauge} R AC; premed per ACR (pred 50 mg 13/7/1 h + diphenhydramine)
Protocolled by {rad}, {dt1}. Ordering {refmd} -- fax results {fax}, office {phone}.
Prior outside imaging at {fac2} -- PACS link {url}""",
        """MRI screening + protocol
{pt}  ({mrn})  exam {dos}   {age}y
Implant: {implant}, serial {dev_sn}, MR conditional per card (implanted {d_implant} at {fac2}).
Rep {rep} ({phone2}) to program device at {t2}. Gad: {contrast}. eGFR {egfr}.
Radiologist {rad_init}; tech {tech}. Referring {refmd_lf} fax {fax}.""",
    ),
    # 15 --------------------------------------------------------------------------------------------
    "x_contrast_injector_extravasation_report": (
        """CONTRAST EXTRAVASATION REPORT     Injector SN {dev_sn}  console IP {ip}
Date/time {dt1}   Accession {acc}   Study UID {uid}
Patient {pt}   DOB {dob}   MRN {mrn}
Agent {contrast}, {rate}, {gauge} L forearm. ~{count} mL extravasated.
Actions: elevate, cold compress, {role} notified; plastics not needed.
Tech {tech} (emp {emp}), radiologist {rad}. Pt's {nok_rel} {nok} informed, {phone}.
Recheck call {d_next}. Incident #{ticket}.""",
        """contrast log -- CT2  {dos}
{t1}  {acc}  {pt_lf}  {mrn}  {contrast}  {kv}  {dlp}  tech {tech_init}
{t2}  {order}  {nok_lf}  {mrn2}  no contrast  {kv}  {ctdi}  tech {tech_init}
{t3}  {acc} (addendum)  {pt_last} -- rescan, extravasation, see report. Injector {dev_sn} / {ip}.""",
    ),
    # 16 --------------------------------------------------------------------------------------------
    "x_cath_lab_hemodynamic_timeline": (
        """CATH LAB PROCEDURE LOG    {room}    {dos}
Pt: {pt_lf}  MRN {mrn}  FIN {fin}  DOB {dob}  Age {age}
Operators: {surg} (NPI {npi}), fellow {fellow}; scrub {scrub}; monitor {rn}
{t1}  pt in room, time-out
{t2}  access R radial {gauge}, {heparin}, ACT {act}
{t3}  LV gram EF {ef}, LVEDP {lvedp}
{t4}  {cath_find} -> PCI, {stent} LOT {dev_lot} SN {dev_sn2}
{t5}  TR band, {contrast}, fluoro {fluoro}
Closed {dt3}. Call to {nok_rel} {nok} at {phone} by {fellow_last}.""",
        """hemo / cath timeline export
"{dt1}","{pt_caps}","{mrn}","{case}","AO {bp}","HR {hr}","{surg_last}"
"{dt2}","{pt_caps}","{mrn}","{case}","Stent implanted {stent} UDI {udi}","","{fellow_last}"
"{dt4}","{pt_caps}","{mrn}","{case}","Closure, {contrast}","","{rn_last}"
# source {ip}  exported by {tech} emp {emp}""",
    ),
    # 17 --------------------------------------------------------------------------------------------
    "x_endoscope_reprocessing_trace": (
        """SCOPE TRACKING -- REPROCESSING RECORD   {policy}
Scope {scope_model}  SN {scope_sn}
Pt use: {dt1}  {room}  {pt_lf}  MRN {mrn}  DOB {dob}  Endoscopist {surg_init}
Pre-clean at bedside {t2} by {tech} ({emp})   {leak}   {atp}
Manual clean {t3}   AER {aer}   HLD {hld} {supply_lot}   {mec}
Dry cabinet in {t4}, hang time limit 7 d.  Released by {tech_lf} {cert}.
Culture surveillance: next due {d_next}.""",
        """duodenoscope lookback -- patient list for scope SN {scope_sn}
Exposure window {d_prev} to {dos}. Cultures from {dos_short} grew {iso}.
1. {pt_caps}  {mrn}  ERCP {dos}  call {phone}   {age} yo
2. {nok_caps}  {mrn2}  ERCP {d_prev}  call {phone2}
Letters to go out from IP ({role}) with {fac} return address. Reviewed by {path}. {page}""",
    ),
    # 18 --------------------------------------------------------------------------------------------
    "x_endoscopy_suite_daily_census": (
        """ENDO SUITE DAILY CENSUS  {dos}  {fac}
Rm      Time   Patient             MRN          Proc                   Endoscopist   Status
{room}  {t1}   {pt_lf}     {mrn}     {finding}   {surg_last}       done
{room2}  {t2}   {rep_lf}     {mrn2}     EGD                    {fellow_last}       in room
Endo 9  {t3}   {courier_lf}    --      colonoscopy            {surg_last}       no-show
Prep: {prep}. Pt 1 ride: {nok} {phone}. Sedation RN {rn}.""",
        """endo d/c summary -- {pt} ({age} yo), MRN {mrn}, {dos}
Proc {proc} by {surg}. Findings: {finding}; {prep}. Path {acc} pending.
Escort {nok} ({nok_rel}), {phone}. Home {street}, {city} {zip}. Next colonoscopy {d_next}. RN {rn}.
Results will post to the portal: {url}""",
    ),
    # 19 --------------------------------------------------------------------------------------------
    "x_dialysis_unit_run_sheet": (
        """HEMODIALYSIS RUN  --  {fac}   {bed}   {dos}
Pt {pt_lf}  MRN {mrn}  Medicare MBI {mbi}  Age {age}
Check-in: palm scan {bio} OK; chairside photo {photo}
Machine {brand} SN {hd_sn}   Dialyzer Optiflux 180   Bath {bath}
Access {access}, thrill/bruit +.  Pre wt {wt}  EDW {edw}  UF goal {uf}
{t1} on  Qb {qb}  Qd {qd}  BP {bp}  HR {hr}
{t4} off  spKt/V {kt}  URR {urr}  {epo}
Nephrologist {neph} ({npi}); RN {rn} lic {rnlic}; PCT {tech}.
Van pickup plate {plate}, driver {courier_first}, {t5}.""",
        """chairside note {dt1}: {pt_first} arrived by {org2} van ({plate}); cramping x2, UF reduced to {uf}.
BP {bp}. Hep lock per {policy}. Palm vein ID {bio2} failed twice -> manual ID with photo {photo} and DOB {dob}.
{nok_rel} {nok} ({phone}) to bring med list. Machine {hd_sn}. Next tx {d_next}. -- {rn}, RN""",
    ),
    # 20 --------------------------------------------------------------------------------------------
    "x_dialysis_guest_treatment_request": (
        """TRANSIENT / GUEST DIALYSIS REQUEST
To: {fac2}  Fax {fax}       From: {fac}  Fax {fax2}  Ph {phone}
Patient {pt}   DOB {dob}   SSN {ssn}
Home address {street} {unit}, {city}, {state} {zip}   Tel {phone2}   Email {email}
Travel dates {d_prev} to {d_next}; staying at {ptstreet2}, {city2}
Medicare {mbi}  Secondary {hpid} grp {group}
Schedule MWF 1st shift, {bath}, EDW {edw}, {access}, Hep B sAb pos {year}
Nephrologist {neph}, NPI {npi}. Records: {url}""",
        """email -- guest tx confirmed
Hi {nok_first}, your {nok_rel} {pt_first} is confirmed at {fac2} chair {bed} for {dos} and {d_next},
TTS {t1}. Please bring insurance card ({hpid}) and photo ID. Social worker: {rn2}, {phone3}. We have your email as {email}.
If pt ({age} years old) is hospitalized please call {phone}. -- {rn}""",
        """SOLICITUD DE TRATAMIENTO DE HEMODIÁLISIS (PACIENTE VISITANTE)
Centro receptor: {fac2}   Fax: {fax}
Paciente: {pt_lf}   Fecha de nacimiento: {dob}   Edad: {age} años
Domicilio: {street}, {city}, {state}, C.P. {zip}   Tel.: {phone}
Fechas de viaje: del {d_prev} al {d_next}
Seguro / n.º de afiliado: {hpid}   Medicare {mbi}
Nefrólogo: {neph} (NPI {npi})   Baño {bath}, peso seco {edw}, acceso {access}
Contacto familiar: {nok} ({nok_rel}) {phone2}   Enviado por {rn}, {dt2}""",
    ),
    # 21 --------------------------------------------------------------------------------------------
    "x_iv_room_csp_label": (
        """*** IV ROOM LABEL ***
{pt_caps}          MRN {mrn}
{unit_name} {bed}         DOB {dob_us}
{cspdose}
Rate {rate_ml}   Rx# {rx}
Prepared {dt1} {iso_class}   {bud}   Exp {d_exp}
Tech {tech_init}  verified {pharm_init} RPh
DoseEdge bio-login {bio}  ws {ip}
NDC {ndc}  {supply_lot}""",
        """IV WORKFLOW -- image capture / gravimetric
Order {rx}  pt {pt_last}, {pt_first}  ({mrn})  {bed}
Dose {cspdose}; target 0.{count} g, actual within 5%.
Compounded {dt2} by {tech} emp {emp}; checked {pharm} lic {rphlic} at {t3}.
Fingerprint auth {bio} on station {ip}. Photos: step1-step4.
Delivered to {unit_name} by {trans_first} {t5}. Age {age}.""",
    ),
    # 22 --------------------------------------------------------------------------------------------
    "x_sterile_compounding_batch_worksheet": (
        """COMPOUNDING RECORD (patient-specific, high-risk)   {form}
Rx # {rx}   Patient {pt}   DOB {dob}   MRN {mrn}
Prescriber {refmd} NPI {npi}  DEA {dea}  ph {phone}  fax {fax}
Formula: {cspdose}; {bud}. Ingredient lots: NS {supply_lot}, vial NDC {ndc}
Compounder {tech} ({emp})   Verifying RPh {pharm}, lic {rphlic}
Prepared {dt1} in {iso_class}. Sterility test n/a (immediate use).
Delivery to {street}, {city} {zip} -- pt's {nok_rel} {nok} signs, {phone2}. Bill {hpid}""",
        """compounding clarification call {dt2}
Called {refmd_last}'s office ({phone}) re: Rx {rx} for {pt_lf} ({age} yo, DOB {dob}) -- {cspdose} exceeds
max conc. Spoke with {rn2}. New order faxed from {fax}. Prior auth {pa} for payer {hpid}.
Email copy to {email}; refill status at {url}. Pt lives in {city}, {county}. -- {pharm}, PharmD""",
    ),
    # 23 --------------------------------------------------------------------------------------------
    "x_patient_transport_dispatch_ticket": (
        """TRANSPORT DISPATCH  {ticket}   priority {priority}
From {unit_name} {bed}  to  {fac2} (interfacility)
Pt {pt_lf}  MRN {mrn}  DOB {dob}  Age {age}   {tmode}, {o2}, {iso}
Crew: {courier} EMT-P lic {cert}; driver {trans} DL {dl}
Unit plate {plate}  VIN {vin}
Requested {dt1} by {rn} x{count}   Dispatched {dt2}   Arrived dest {dt3}
Receiving RN {rn2} at {phone}.  Belongings: glasses, {nok_rel} {nok} following by car.""",
        """in-house transport log -- {dos}
{t1}  {trans} (emp {emp})  {pt_caps}  {bed} -> {room}  {tmode}  {iso}
{t2}  {trans_first}          {pt_caps}  {room} -> {unit_name} {bed2}  stretcher w/ RN {rn_first}
Delay 22 min: elevator B down. Family {nok} called on {phone}. Pt is {age}.
Ambulance bay: vehicle {plate} for 1500 discharge to {street}, {city}.""",
    ),
    # 24 --------------------------------------------------------------------------------------------
    "x_bed_board_capacity_export": (
        """BED BOARD EXPORT  {fac}  snapshot {dt1}  (kiosk {ip})
UNIT       BED       PATIENT            MRN        AGE  ISO                 STATUS      EDD
{unit_name}    {bed}     {pt_lf}    {mrn}   {age}   {iso}   {bstatus}   {d_next}
{unit_name2}    {bed2}     {nok_lf}    {mrn2}   {yo2}   --                  {bstatus}   {d_exp}
ED hold    Bay 7     {rep_caps}  pending   --   {iso}   pending bed  --
Bed manager {rn}; house sup {rn2}. Link {url}""",
        """Patient flow huddle -- {dos}
- {pt} ({mrn}), {age}, {bedtype} bed requested {t1}; {drg}, {los}, {gmlos}. Barrier: SNF auth {pa},
  accepting {fac2}. Ins {hpid}. CM {rn2} to call {nok_rel} {nok_first} {phone}.
- Transfer-in from {fac2}: photo for ID wristband {photo}; ETA {t4}.
- EVS: {bed} terminal clean {cleantype}; {iso}.""",
    ),
    # 25 --------------------------------------------------------------------------------------------
    "x_evs_isolation_terminal_clean_log": (
        """EVS ISOLATION / TERMINAL CLEAN LOG   {unit_name}
Room {bed}   Prior occupant: {pt_lf} (MRN {mrn})   Discharged {dt1}
Isolation: {iso}   Signage removed: Y   Curtains changed: Y
Disinfectant {disinf}, contact time 3 min   {uvc}
EVS tech {evs} (ID {emp})   start {t2}  end {t3}   ATP {atp}
Verified by {rn} {t4}. Lead {evs_last} notified IP ({role}).""",
        """EVS bed ticket {ticket} -- {bed} -- STAT for ED admit
Was {pt_caps}, {iso}; pt moved to {fac2} {dt2}. {evs_first} ({emp}) cleaned with {disinf}; {uvc}.
Supervisor {evs} radio-called {rn2_first}. Next occupant {nok_lf} (MRN {mrn2}) arriving {t5}.""",
    ),
    # 26 --------------------------------------------------------------------------------------------
    "x_hl7_siu_or_booking_message": (
        """MSH|^~\\&|ORSCHED|{fac}|EPIC|MAIN|{dos_hl7}||SIU^S12|{msgctl}|P|2.5.1
SCH|{case}||||||{proc}^^L|||{dur}|min|^^^{dos_hl7}|||||{surg_hl7}||{phone2}
PID|1||{mrn}^^^MRN~{ssn}^^^SS||{pt_hl7}||{dob_hl7}|F|||{street}^^{city}^{state}^{zip}||{phone}|||||{acct}|{ssn}
IN1|1|PLAN01|{org}|||||{group}|||||||||||||||||||||||||||||||||{hpid}
AIP|1||{npi}^{surg_hl7}|SURGEON
AIL|1||{room}^MAIN OR
NTE|1||sent from {ip}""",
        """HL7 SIU S14 -- interface error queue
ERR: AIP-3 NPI {npi} not on roster. Message ctrl {msgctl}; placer order {order}.
PID-5 {pt_hl7}  PID-7 {dob_hl7}  PID-3 {mrn}  PID-18 {fin}
PID-11 {street}^{unit}^{city}^^{zip}
SCH-11 start {dos_hl7}  case {case}
Resolved by {tech} from {ip} at {t3}; requeued.""",
    ),
    # 27 --------------------------------------------------------------------------------------------
    "x_preop_holding_verification_checklist": (
        """PRE-OP HOLDING CHECKLIST   bay {bed}   {dos}
[x] ID: name {pt} / DOB {dob} stated by pt; band MRN {mrn}; photo {photo} matches
[x] Government ID: DL {dl}
[x] Consent: {proc}, signed {d_prev}, witness {rn2}
[x] Site marked by {surg_last} {t1}   [x] H&P within 30 d   [x] {mrsa}
[x] NPO since {t2}   [x] Labs: Hgb {hgb}, K {k}, glucose 142
[x] Allergies: PCN (rash)   [x] {abx} ready   [x] Ins verified {hpid}
Contact: {nok} ({nok_rel}) {phone}.  Age {age}.  RN {rn}, {t3}""",
        """preop phone call -- {dt1}
Spoke with pt {pt_first} {pt_last} (DOB {dob}) re: {proc} on {dos}. Arrive {t2} at {fac}, {street}.
Stop clopidogrel 5 d prior. Ride: {nok}, {phone2}. Pt asked that we leave msgs at {phone}.
Last 4 SSN verified -- full on file {ssn}. Pre-admission questionnaire link sent: {url}. RN {rn}.""",
    ),
    # 28 --------------------------------------------------------------------------------------------
    "x_frozen_section_readback_log": (
        """FROZEN SECTION COMMUNICATION LOG
Accession {acc}   Part A: {sample}   Received {dt1}
Pt {pt_lf}   MRN {mrn}   {room}   Surgeon {surg}
Dx: {finding}... margins pending. Called to {room} intercom {t3}.
Read back by {circ} (circulator) -- confirmed name + DOB {dob}.
Pathologist {path} (NPI {npi}); gross by PA {tech}. Final {d_next}.""",
        """FS turnaround exceeded -- QA
{dos}: {acc} ({pt_last}, {mrn}) received {t1}, called {t4} = 27 min (goal 20). Cryostat down;
{path_last} used {room2}. Surgeon {surg_last} ({phone}) aware. Patient {age} y. Reviewer {role}.""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """OR UTILIZATION -- BLOCK REPORT ({year})
Room     Block owner        Utilized  Turnover  First-case on-time
{room}   Ortho group        {pct}       {dur}      {pct}
{room2}  General surgery    {pct}       {dur}      {pct}
Released block time credited per {policy}. Add-on volume: {count} cases.""",
    """ANESTHESIA DRUG CART RESTOCK  {form}
{dose1}  x{count}   {dose2}  x{count2}   {dose3}  x{count}
{pressor}, {heparin}. NDC {ndc}, {supply_lot}. Checked by {role} at {t1}.""",
    """PACU standing orders ({form}): {score} required for phase I d/c. O2 {o2} to keep SpO2 > 92%.
Ondansetron 4 mg IV q6h PRN PONV. Hydromorphone 0.2 mg q10 min PRN pain > 6/10, max 1 mg.
Call {role} for SBP > 180 or < 90, HR < 50, UO < 30 mL/h.""",
    """STERILIZER DAILY LOG  {sterilizer}
Bowie-Dick {t1}: pass.  {load}: BI {supply_lot} neg at 24 h; CI class 5 pass.
{tray} ({tray_id}) reprocessed x2 for wet pack. Reference {policy}, {brand}.""",
    """Implant price list update ({year2}): {implant} {money}; {implant2} {money}. HCPCS {hcpcs}, rev {rev}.
Consignment stock managed by {org}; par level {count}. {form}""",
    """BLOOD BANK INVENTORY  {t2}
{product}: O Pos {count}, O Neg {count2}, A Pos {count}  |  FFP {count}  |  Plt {count2}
Below par: O Neg -> order from {org}. MTP pack = 6 RBC : 6 FFP : 1 apheresis plt. {policy}""",
    """Transfusion guideline summary: transfuse RBC for Hgb < 7 g/dL (< 8 in cardiac surgery);
plt < 10 K/uL prophylactic, < 50 K/uL pre-procedure; FFP for INR > 1.7 with bleeding.
Reaction types: FNHTR, TACO, TRALI, AHTR. CPT {cpt}, {cpt2}. {form}""",
    """LAB QC  {loinc} ({t3}): level 1 {hgb}, level 2 {plt} -- within 2 SD. Westgard 1-3s rule OK.
Hemolysis index rejects this week: {count}. Reference {ref}. Analyzer {brand} {version}.""",
    """Specimen labeling standard ({policy}): 2 identifiers on every tube, labelled at bedside in the
presence of the patient, collector initials + time. Reject: {reason}. {form}""",
    """CT contrast protocol table ({year2})
Routine A/P: {contrast}, {rate}, 70 s delay.  CTA chest: {contrast}, {rate}, bolus track 150 HU.
eGFR < 30: discuss with {role}. Premed regimen per ACR manual. {kv}, target {ctdi}.""",
    """Radiology dose monitoring -- monthly: {count} CT exams above DRL; median {dlp}. Top protocols:
head w/o, A/P w contrast. Action: {role2} to review. ICD {icd} most common indication. {policy}""",
    """CATH LAB SUPPLY USAGE  {room}
{stent} x{count2}; Runthrough NS wire x{count}; TR band x{count}; {contrast}.
Lot-controlled stock items ({supply_lot}) scanned to inventory, not patient-linked. Charges {money}.""",
    """Cath lab case mix ({year}): diagnostic {cpt} {count}, PCI {cpt2} {count}. Door-to-balloon median
{dur}. ACT goal > 250 for PCI ({heparin}). {drg} avg cost {money}.""",
    """ENDOSCOPE HLD CYCLE REPORT  {aer}
Cycle {count}: {scope_model}  {hld} MEC {pct} conc  temp 25 C  {leak}  {mec}
{atp}. Next PM due per {policy}. Operator: {role}.""",
    """Endoscopy quality dashboard: ADR {pct} (goal > 25%), cecal intubation {pct}, withdrawal time {dur}.
Prep adequacy {prep}. Most common finding: {finding}. ICD {icd2}.""",
    """DIALYSIS UNIT QAPI  ({year2})
Mean spKt/V {kt}; URR {urr}; Hgb {hgb} target 10-11; albumin 3.8 g/dL; phosphorus 5.1 mg/dL.
Catheter rate {pct}. {epo} protocol. Water culture < 50 CFU/mL, endotoxin < 1 EU/mL. {policy}""",
    """Dialysis machine PM list: {brand} units in {unit_name}, {count} due for conductivity check;
{bath} bath stock {count2} cases. Chair {bed} out of service. Vendor {org}.""",
    """IV ROOM -- USP 797 cleaning log  {iso_class}
Daily: sporicidal {disinf} {t1}; monthly walls/ceiling. Viable air sampling: {count} CFU (action > 10).
Gloved fingertip test: pass x3. {policy}""",
    """CSP master formulation record: {cspdose}; {bud}. Components NDC {ndc}, {supply_lot}.
Labels must include name of drug, BUD, storage. Form {form}.""",
    """TRANSPORT PERFORMANCE  ({year})
Avg response {dur}; STAT < 10 min {pct}; isolation trips {count}; {tmode} trips {count}.
Top delays: elevator, bed not ready ({bstatus}). Dispatcher: {role}.""",
    """CAPACITY HUDDLE {t2}: {unit_name} {count} open beds, {unit_name2} {count2} blocked ({iso}).
ED boarders {count}. Discharges before noon {pct}. {drg} {los} vs {gmlos}. Surge plan level 2.""",
    """EVS isolation clean standard: {iso} rooms -- {disinf}, change privacy curtains, {uvc}.
C. diff: bleach only. Terminal clean target {dur}. {policy}. ATP pass < 250 RLU; this month {atp}.""",
    """HL7 interface monitor: SIU^S12 queue depth {count}; ADT^A08 {count2}; ORM {count}. Version 2.5.1.
Engine {version} {build}. No errors since {t3}. Contact {role}.""",
    """Pre-op checklist education ({year2}): confirm 2 identifiers, consent, site marking, {mrsa}.
Beta blocker continued; {abx} within 60 min of incision. {eponym} precautions. {form}""",
    """Frozen section TAT report ({year}): {count} cases, median {dur}, goal 20 min, {pct} within goal.
CPT {cpt} / 88332. Deferral rate {pct}. Pathology group: {org}.""",
    """Morbidity review (deidentified): {yo}-year-old with {eponym} and {eponym2}, {proc}, {asa}.
Hgb {hgb} -> transfused {product}. EBL {ebl}. Outcome: home POD 3. Dx {icd}, {snomed}.""",
)
