"""Document templates for set S: sexual, reproductive and gender-affirming health.

``TEMPLATES`` maps a note type (all prefixed ``ss_``) to 2-4 templates; ``NEGATIVE_TEMPLATES`` are
identifier-free documents that use look-alike keys only. ``{key}`` is filled from ``values``.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------
    "ss_sti_express_visit_note": (
        """EXPRESS STI VISIT - asymptomatic screening ({policy_no})
Pt: {pt_name_lf}    DOB: {dob}    MRN: {mrn}
Visit: {d_visit}  arrived {time1}  {room}
Preferred name: {pt_first}   Pronouns: they/them
Address on file: {street}, {unit}, {city}, {state} {zip}
Cell {phone} (ok to text: Y)

Reason: routine screen, new partner since last visit ({d_prev5}). {n_partners} partners in 90 days.
Self-collected {source} + pharyngeal + rectal swabs. Specimen ID {specimen}.
Orders: CT/GC NAAT (CPT {cpt_lab}), RPR w/ reflex TPPA, HIV-1/2 Ag/Ab ({loinc}).
Dx {icd_z}. Seen by {clin_name}, NP; swabs labelled by {tech_init}.
Results by portal only - pt declines calls at home. Lives with grandmother ({age90} y/o), who
"doesn't know anything about this."
Fee: {fee_tier}.  Lab CLIA {clia} (not patient-specific).
""",
        """Sexual Health Clinic - Express Testing Note
Name ........ {pt_name_caps}
Date of birth {dob_us}
Chart # ..... {mrn}   Encounter {fin}
Visit date .. {d_visit_us}
Ins ......... Medicaid {medicaid}

HPI: {age_a} y/o presenting for screen after partner ({p1_first}) told them about a positive test on
{d_event}. Denies sx. Last tested here {d_prev4} - all neg.
Exam deferred (express pathway). Vitals BP {bp} HR {hr} T {temp}.
Plan: NAAT x3 sites, RPR, HIV Ag/Ab. Empiric {abx} given at {time2} per {role}.
Pt lives on {street_caps} near the {neigh} bus stop; mail OK to {po_box}, {city}, {zip5}.
Great-grandmother age {age90} is emergency contact - {gp_name}, {phone2}.
Signed: {clin_name} / co-signed {clin2_last}
""",
        """STI Walk-in | Triage
{d_visit} {time1} - {pt_name} (MRN {mrn}) checked in at {facility}.
c/o dysuria x{extension_days} days, partner "{p1_nick}" has discharge. Pt's phone {phone}.
Email for results: {email}
Household: lives alone at {street}; mother {parent_name} is {age90_w} and in memory care,
not to be contacted.
Triage RN {rn_name}. Rapid HIV {hiv_screen}. Urine hCG neg. Temp {temp}.
Treated per CDC {yr2} guidelines: {abx}. Dx {icd_sti}.
EPT offered for 1 partner - packet # {ept_no}.
""",
    ),
    # 2 ------------------------------------------------------------------------------------------
    "ss_ept_partner_packet_form": (
        """EXPEDITED PARTNER THERAPY (EPT) - PRESCRIPTION / DISPENSING RECORD   {form_no} {form_rev}
Index patient: {pt_name}        DOB {dob}        MRN {mrn}
Index dx: {icd_sti}  (chlamydia / gonorrhea)   Date dx: {d_visit}

Partner #1 name (if known): {p1_name}
Partner #1 DOB (if known): {p1_dob}        (left blank if unknown)
Partner phone: {phone2}
Medication: doxycycline 100 mg BID x7d, qty 14, refills 0     NDC {ndc}
Rx #: {rx_no}       EPT packet ID: {ept_no}
Prescriber: {clin_name}, NPI {npi}     DEA {dea}
Dispensed by: {pharm_name}, RPh   at {time2}
Pharmacy NCPDP {ncpdp}    (store number - organisation)

Patient counselled on delivering packet, allergy warning sheet, and abstaining x7 days.
""",
        """EPT Rx - "Expedited Partner Therapy" (name of partner optional per {state} statute)
Rx for: EXPEDITED PARTNER THERAPY ({p1_first} {p1_last_caps})
Index pt: {pt_name_lf} / {mrn} / {d_visit_us}
Sig: cefixime 800 mg PO x1 + doxycycline 100 mg BID x 7 days
Prescriber {clin_name}  Lic {med_lic}  NPI {npi}
Clinic (group) NPI {org_npi} - billing only
Rx number {rx_no} / partner packet {ept_no}
Partner contact (for DIS follow-up only): {p1_street}, {p1_city}; {email2}
Notes: second partner "{p2_first}", no contact info - referred to DIS {dis_name}.
""",
        """PARTNER DELIVERED THERAPY LOG
date       | index MRN | index pt          | packet     | partner         | rx#        | by
{d_visit_iso} | {mrn} | {pt_name_caps} | {ept_no} | {p1_name} | {rx_no} | {tech_init}
remarks: pt will hand packet to partner tonight at their place in {p1_city}. Pt cell {phone}.
Counselled re: {eponym} warning not applicable; re-test in 3 months (~{d_next3}).
Staff: {rn_name}, RN (Lic. {rn_lic})
""",
    ),
    # 3 ------------------------------------------------------------------------------------------
    "ss_dis_field_investigation": (
        """HEALTH DEPARTMENT - DISEASE INTERVENTION SPECIALIST FIELD RECORD
Field record #: {field_rec}     Case #: {dis_case}     Program code {prog_code}
DIS: {dis_name} (worker # {employee_id})
Original patient: {pt_name_lf}   DOB {dob}   Dx 710 (syphilis, early non-primary) RPR {rpr}

Partner initiated: {p1_name}   aka "{p1_nick}"
Last known address: {p1_street}, {p1_city}
Vehicle seen at address: silver sedan, plate {plate} ({state})
Phone: {phone2}   app screen name: {handle}
Exposure (last): {d_exp}  ; first: {d_prev2}

{d_visit}: Field visit {time1} - no answer. Left door hanger (generic).
{d_next0}: Partner called back from {phone3}; agreed to testing at {facility}.
{d_next1}: Tested, treated {abx}. Disposition A (prev tx) / C (infected, brought to tx).
Supervisor: {clin2_name}
""",
        """DIS notes (confidential) - OOJ referral
Interview #{interview_no} | Index {pt_initials} | Case {dis_case}
Partner 1: {p1_name}, ~{age_b} yo, lives {p1_city} (neighbourhood: {neigh}). Drives a pickup, tag {plate}.
  contact via {url2} (dating profile) - internet partner notification sent {d_next0} {time2}
Partner 2: "{p2_first}", met at party {d_short}; no locating info.
Partner 3: {p3_first} {pt_last} (spouse) - same address {street}, {unit}.
Referred partner 1 out of jurisdiction to {county} health dept, fax {fax}.
Worker: {dis_name} ph {phone}
""",
        """REGISTRO DE CAMPO / FIELD RECORD  (DIS bilingual)
Nombre del paciente: {pt_name_caps}    Fecha de nac.: {dob_us}
Domicilio: {street}, {city}, {state} {zip}    Tel: {phone}
Caso: {dis_case}   Entrevista: {d_visit}
Pareja 1: {p1_name} - tel {phone2} - trabajo: taller en {p1_city}; placa del carro {plate}
Pareja 2: {p2_name} - correo {email2}
Resultado: RPR {rpr} / TPPA {tppa}; tratado con {abx} el {d_next0}.
Especialista: {dis_name}   Rev.: {clin2_last}
""",
    ),
}

# 4 ----------------------------------------------------------------------------------------------
TEMPLATES["ss_hiv_rapid_test_csv_export"] = (
    """# rapid_hiv_log_export.csv  site={site_code}  kit=INSTI HIV-1/HIV-2 lot {drug_lot} (stock)
test_dt,client_id,last,first,dob,zip,result,confirm_sent,counselor,linkage_phone
{dt_stamp},{client_no},{pt_last},{pt_first},{dob_iso},{zip5},{hiv_screen},{accession},{rn_name},{phone}
# control lot {drug_lot2} run at {time1}: pos/neg controls valid
# counselor note: client prefers text; alt contact {p1_name} {phone2}
""",
    """HIV RAPID TEST REGISTER  -  {facility}
Date       Time   Client#    Name                      DOB          Result   Confirmatory acc#   Tester
{d_visit_us} {time1}  {client_no}  {pt_name_lf}  {dob_us}   {hiv_screen}   {accession}     {tech_init}
Kit: OraQuick ADVANCE, stock lot {drug_lot} - QC {time2} OK
Linkage: referred to {clin_name} at {facility2}; appt {d_next0} {time3}. Client email {email}.
Home address (for HD report only): {street}, {city} {zip}
""",
    """HIV TEST LOG (fixed width)  rec-len 120
DATE      CLIENT_NO  NAME                          DOB       ZIP    RESULT  SPEC_ID
{d_visit_iso}  {client_no}  {pt_name_caps}  {dob_hl7}  {zip5}  {hiv_screen}  {specimen}
* Prelim reactive algorithm: lab-based 4th gen ({cpt_lab}) -> HIV-1/2 differentiation ({loinc})
* Client ph {phone} / secondary {phone2}; counselor {cm_name}
* Risk: MSM, {n_partners} partners; PrEP previously via {brand_prep} until {yr}
""",
)

# 5 ----------------------------------------------------------------------------------------------
TEMPLATES["ss_prep_quarterly_followup"] = (
    """PrEP FOLLOW-UP (quarterly)  {d_visit}
Patient: {pt_name} | DOB {dob} | MRN {mrn} | Pronouns: he/him
Ins: member {member_id}  group {group_no}; copay card ID {copay_id} (BIN {bin}, PCN {pcn})
Regimen: {brand_prep} 200/25 mg daily, adherence ~{pct} by self-report, {qty} tabs dispensed.
Labs today: HIV Ag/Ab {hiv_screen}, HIV RNA {vl_b}, Cr {creat} (eGFR {egfr}), RPR {rpr_prev}, CT/GC {gc_ct} x3 sites.
{hbv}; {hcv}.
Doxy-PEP discussed; Rx # {rx_no} sent to pharmacy.
Next visit ~{d_next2}. Reminder texts to {phone}.
{clin_name}, PA-C (NPI {npi})
""",
    """Long-acting PrEP injection visit - cabotegravir (Apretude) 600 mg/3 mL IM
Pt {pt_name_lf}   MRN {mrn}   FIN {fin}
Injection #{dose_n} given {d_visit_us} at {time1}, {site}, {needle}. Drug lot {drug_lot} (stock; not a device).
Prior injections: {d_seq3}, {d_seq4}. Window: +/- 7 days of target.
HIV-1 RNA (qual) {vl_b}. No ISR beyond mild tenderness, pain {pain}.
PA ref {pa_ref} valid through {d_next4}. Plan member {member_id}.
Administered by {rn_name}; ordering {clin_name}.
Pt moving to {alt_city} in the fall - transfer to {facility2}, fax records to {fax}.
""",
    """PrEP navigator check-in (phone)  {dt_stamp}
Spoke w/ {pt_first} at {phone}. Confirmed DOB {dob_us}, address {street} {unit}, {city}.
Missed dose x{extension_days} days while staying with boyfriend {p1_name} in {p1_city}. Reviewed on-demand 2-1-1.
Refill: mail order, order # {order_no}; shipping to {po_box}, {city} {zip5} (discreet packaging requested).
Tracking: {url}
Labs due; lab req # {req_no}. Navigator: {cm_name} ({email_staff})
""",
)

# 6 ----------------------------------------------------------------------------------------------
TEMPLATES["ss_npep_emergency_start"] = (
    """EMERGENCY DEPT - nPEP NOTE
{pt_name_caps}  MRN {mrn}  DOB {dob}  Acct {acct}
Arrival {dt_stamp}. Exposure: condomless receptive anal sex, source status unknown, {hours} h ago ({d_exp}).
Within {hours_window} window -> start nPEP: {brand_art} 1 tab daily x28d. Baseline HIV Ag/Ab {hiv_screen},
Cr {creat}, HBsAg pending, hCG neg. Starter pack x7 dispensed from ED stock, lot {drug_lot}.
Rx for remaining 21 days: Rx# {rx_no}; PA {pa_ref}.
F/u with {clin_name} at {facility} on {d_next0}. Pt reachable at {phone}; email {email}.
Attending: {clin2_name}, MD  DEA {dea}
""",
    """PEP hotline consult ({time1})
Caller: {clin_name}, {role2} at {facility}, cb {phone}
Pt: {pt_initials}, {age_a}F, occupational? no - sexual assault {d_exp} approx {time2}.
Recommended {brand_art} x28 days; EC {brand_ec} offered. Prophylaxis per {eponym} n/a.
SANE {sane_name} involved; kit # {sak_no}. Police report {police_no}.
Fax summary to {fax} attn {clin_last}
""",
)

# 7 ----------------------------------------------------------------------------------------------
TEMPLATES["ss_ryan_white_recert_packet"] = (
    """RYAN WHITE PART B - 6-MONTH RECERTIFICATION (self-attestation)     {form_no} {form_rev}
Client name: {pt_name}            Client URN / eUCI: {uci}
CAREWare ID: {cw_id}              SSN: {ssn}
DOB: {dob}                        Recert date: {d_visit}
Residential address: {street}, {unit}
City/County/ZIP: {city} / {county} / {zip}
Mailing (if different): {po_box}, {city} {zip5}
Phone: {phone}    Email: {email}

Household members:
  1. {pt_name} (self)            age {age_a}
  2. {gp_name} (grandparent)     age {age90}
  3. {sib_first} {pt_last} (sibling)   age {age_minor}
Household size {hh_size}; monthly income {income}; {fpl} FPL. Medicaid: {medicaid} (pending renewal).
ADAP member #: {adap_id}      ADAP card photo: {photo_id}
No change in residency / income / insurance since {d_prev6}.
Signature: ______________  ({pt_name})   Eligibility specialist: {cm_name}  ext {ext}
Proof on file: {state} ID # {state_id}; lease in name of {pt_name}.
""",
    """RW ELIGIBILITY CHECKLIST  - client {pt_name_lf} ({cw_id})
[x] Proof of HIV status - lab dated {d_prev0} (VL {vl})
[x] Proof of residency - utility bill, {street_caps}, {city_caps} {zip}
[x] Proof of income - paystub, employer ID badge # {employee_id}
[x] Insurance - member {member_id} / group {group_no}
[x] ID - driver license {dl}
[ ] Photo for ADAP card - file {photo_file} pending upload
Notes: client's dad ({parent_name}, {age90_w} years old) lives with client, is dependent. Verified by phone {phone2}.
Recert due {d_next5}. Eligibility tech {cm_first} {cm_last}. Funding: {rw_grant} (grant - organisational).
""",
    """Recertification phone note {dt_stamp}
Called {pt_first} at {phone} re: 6-month recert (caller authenticated by voiceprint {bio_voice}). Client SSN confirmed last 4 verbally (full SSN on file {ssn}).
New address: {alt_street}, {alt_city} {alt_zip}. Moved in with partner {p1_name}.
Income unchanged ({income}/mo). ADAP {adap_id} continues. Medical CM {cm_name} notified by email {email_staff}.
Grandmother ({age90_b}) no longer in household (moved to SNF).
""",
)

# 8 ----------------------------------------------------------------------------------------------
TEMPLATES["ss_hiv_medical_case_mgmt_note"] = (
    """MEDICAL CASE MANAGEMENT PROGRESS NOTE   ({prog_code})
Client: {pt_name}  DOB {dob}  CW# {cw_id}  MRN {mrn}
Contact {d_visit}, {time1}, home visit at {street}, {city}.
Acuity {score}. Last VL {vl_c} ({d_prev5}); CD4 {cd4} ({cd4pct}).
Client is {age90} and reports living with HIV since {yr}; daughter {parent_first} {pt_last} helps with pillbox ({brand_art}).
Barriers: transport - client no longer drives, car (VIN {vin}) sold; bus pass requested.
Housing: HOPWA referral to {org}. Food bank voucher {money}.
Next contact {d_next1}. CM: {cm_name}, BSW. Supervisor {clin2_last}.
""",
    """Case mgmt encounter - phone
{d_visit_us} - called client {pt_first} {pt_last_caps} at {phone}; left VM. Called alt contact {p1_name} {phone2}.
{d_next0} - client returned call. Missed appt with {clin_name} on {d_prev7}. Rescheduled {d_next3} at {facility}.
Client's mother ({age90_w}) hospitalized at {facility2}; client is her caregiver.
Pharmacy: {org}, NCPDP {ncpdp}; refill Rx {rx_no} ready.
Benefits: ADAP {adap_id}; Medicare MBI {mbi}; SSN on file {ssn}.
Caller ID verified by voiceprint {bio_voice}.
{cm_name} / {email_staff}
""",
)

# 9 ----------------------------------------------------------------------------------------------
TEMPLATES["ss_viral_load_cd4_flowsheet"] = (
    """HIV FLOWSHEET - {pt_name_caps}   MRN {mrn}   DOB {dob_us}   Age {age90}
Regimen: {brand_art} since {yr}   Provider: {clin_name}
Date         HIV-1 RNA (copies/mL)   log10   CD4 (cells/uL)   CD4%
{d_seq0}   {vl}                  {vl_log}    {cd4_b}            {cd4pct}
{d_seq1}   {vl_c}                  -       {cd4}            -
{d_seq2}   {vl_b}                  -       -               -
{d_seq3}   {vl_c}                  -       {cd4_b}            -
{d_seq4}   {vl_b}                  -       {cd4}            {cd4pct}
LOINC {loinc}; ref: undetectable <20. Resistance genotype acc# {accession}.
""",
    """viral load log | patient {pt_name_lf} | chart {mrn} | Lab acct {acct}
collected,accession,hiv1_rna,cd4_abs,cd4_pct,ordering
{d_seq2},{accession},{vl},{cd4},{cd4pct},{clin_last}
{d_seq3},{specimen},{vl_c},{cd4_b},,{clin_last}
{d_seq5},{req_no},{vl_b},,,{clin2_last}
note: pt aged {age90_w}; long-term nonprogressor cohort, study ID {study_id}
""",
    """HIV QUALITY REPORT - individual
Patient: {pt_name} ({mrn}) - age {age90_b} - ZIP {zip5}
Viral suppression: {d_seq4} VL {vl_b}  -> suppressed
Retention: visits {d_seq1}, {d_seq3}, {d_visit}
Screening: RPR {rpr_prev} on {d_seq2}; Pap (cervical cytology) n/a
Labs via Northstar Reference Laboratory, CLIA {clia}, CAP {cap_no}.
""",
)

# 10 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_title_x_fp_encounter"] = (
    """TITLE X FAMILY PLANNING VISIT  (grant {titlex_grant}; {site_code})
Client #: {client_no}          Visit: {d_visit}     Sliding fee: {fee_tier}
Name: {pt_name}   DOB: {dob}   Age {age_a}   SSN (voluntary): {ssn}
Address: {street} / {city}, {state} {zip}
Confidential contact: cell {phone} ONLY - no mail to home.
S: Here for method counselling. LMP {d_lmp}. G2P1. Current method: condoms.
O: BP {bp}, wt {wt} kg, BMI {bmi}. UPT neg.
A: {icd_fp} encounter for contraceptive counselling.
P: Chose {brand_contra}; first dose today in clinic {site}, drug lot {drug_lot} (stock vial).
   {brand_ec} x1 advance supply. Return {d_next2}. Seen by {clin_name}, CNM.
""",
    """FP Visit - Spanish-speaking client, interpreter {interp_name} (ID {employee_id})
Cliente: {pt_name_lf}   Fecha: {d_visit_us}   Exp. #{client_no}
Domicilio: {street}, {city} {zip5}  Tel. {phone}
Reason: Depo reinjection, last shot {d_prev6} (on time, {weeks} wk).
Hgb {hgb}; BP {bp}. Injection {brand_contra} {site}, lot {drug_lot}, NDC {ndc}.
Medicaid FP waiver # {medicaid}. Next due {d_next4}.
Provider: {clin_name}    {role} reviewed.
""",
    """FAMILY PLANNING / TEEN CLINIC - confidential minor visit ({age_minor} y/o)
Client {pt_first} {pt_last}  Client No. {client_no}  DOB {dob_minor}
Visit {d_visit}. Minor consents to own care under Title X; parent ({parent_name}) not informed per client request.
Counselled re: coercion, abstinence, LARC vs pill. Chose {brand_contra}; {qty} cycles dispensed.
School: student ID {student_id} (used for bus pass only).
Contact: text {phone}; email {email}. Not to call home ({phone2}).
{clin_name}, NP; MA {ma_name}
""",
)

# 11 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_larc_procedure_register"] = (
    """LARC INSERTION / REMOVAL LOG - {facility}
date       | client     | name                 | DOB        | procedure       | device      | device lot | serial / UDI           | clinician
{d_visit_iso} | {client_no} | {pt_name_lf} | {dob_iso} | insertion 58300 | {brand_larc} | {dev_lot} | {udi} | {clin_last}
{d_prev3} | {mrn2} | {p2_name} | -          | removal 58301   | Paragard    | -          | -                      | {clin2_last}
Stock received this week (NOT patient devices): {brand_larc} lot {drug_lot} x{stock_qty}; Kyleena lot {drug_lot2} x{stock_qty}.
Uterus sounded to {iud_sound} cm. J7298 / J7300 billed. Assistant {ma_name}.
""",
    """PROCEDURE NOTE - etonogestrel implant insertion
Patient: {pt_name}   MRN: {mrn}   DOB: {dob}   Date: {d_visit}
Indication: {icd_fp}. UPT negative. LMP {d_lmp}.
Site: L non-dominant arm, 8-10 cm above medial epicondyle, {device_size}.
Device: Nexplanon 68 mg; LOT {dev_lot}; UDI {udi}
Lidocaine 1% 3 mL. Palpated by pt and clinician. Pressure dressing x24h.
Removal due by {d_next7} (approved duration). User card given with lot # {dev_lot}.
Operator: {clin_name}, MD  NPI {npi}
""",
    """IUD removal & reinsertion
{pt_name_caps} | {mrn} | {d_visit_us}
Removed: Mirena placed {d_prev0} at {facility2}, lot {dev_lot} (from outside record), strings visible, intact.
Inserted: {brand_larc} serial {dev_serial}, sounded {iud_sound} cm, strings trimmed 3 cm.
Dx {icd_fp}, CPT {cpt_proc}. Next check {d_next1}. Pt to call {phone} line if fever/pain.
Clinician {clin_name}; chaperone {ma_name}.
""",
)

# 12 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_pregnancy_options_counsel"] = (
    """PREGNANCY OPTIONS COUNSELING
Client: {pt_name}   DOB {dob}   Chart {mrn}   Date {d_visit}
UPT positive today. LMP {d_lmp} -> GA {ga} by dates; US not yet done.
Options reviewed non-directively: parenting, adoption, abortion. Client undecided; leaning toward abortion.
Partner {p1_name} is aware and supportive. Client does not want her mother ({parent_name}) informed.
Referrals: {org} (funding), {facility2}. Resources mailed? NO - use email {email}.
Counselor: {cm_name}, MSW. {icd_preg}. Time spent {days} min.
""",
    """Options counselling - telehealth  ({dt_stamp})
Pt {pt_first} {pt_last}, {age_a}, joined from IP {ip} (video link {url}).
Confirmed identity: DOB {dob_us}, address {street}, {city}.
hCG quant {hcg} mIU/mL; GA est {ga}. {rh}.
Pt chose medication abortion; scheduled {d_next0} with {clin_name}.
Safe number: {phone}. Do not leave VM on {phone2} (shared family line).
""",
)

# 13 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_medication_abortion_record"] = (
    """MEDICATION ABORTION - {facility}
Patient {pt_name_lf}   MRN {mrn}   Acct {acct}   DOB {dob}
Date: {d_visit}    GA by US: {ga} (CRL {crl} mm)    {rh} -> {rhig}
Patient Agreement signed ({form_no}). Given in clinic: {mife} at {time1}.
Home: {miso} 24-48 h later. Pain plan: ibuprofen 800 mg.
Follow-up: serial hCG - baseline {hcg}; repeat {d_next0} (expect >= {bhcg_drop} drop) or telehealth check.
Emergency: 24h line; pt phone {phone}. Prescriber {clin_name} (NPI {npi}) - certified prescriber.
Claim # {claim} (plan {member_id}) - billed S0199.
""",
    """MAB follow-up (phone) {d_next0}
Spoke w/ {pt_first} at {phone}. Took miso on {d_short} at {time2}. Heavy bleeding x6h then lighter; passed tissue.
Pain {pain}. No fever. Repeat hCG at {facility2} on {d_next2}: {hcg} (drop {bhcg_drop}).
Outcome: complete. {icd_preg}. Contraception: starting {brand_contra}.
RN {rn_name} / {clin_name}
""",
    """ABORTION CARE - procedural (aspiration)
{pt_name_caps} MRN {mrn} DOB {dob_iso} FIN {fin}
Proc date {d_visit}; GA {ga}; cervical prep {miso}; paracervical block 20 mL 1% lido.
MVA 10 mm; POC confirmed on float. EBL 30 mL. Dx {icd_preg}; CPT 59840.
Surgeon {clin_name}; RN {rn_name}; doula {adv_name}.
Pt drove by friend {p1_first}; discharged {time3}. Call {phone}.
""",
)

# 14 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_early_pregnancy_loss_note"] = (
    """EARLY PREGNANCY LOSS - management note
Patient: {pt_name}  DOB {dob}  MRN {mrn}
Seen {d_visit} in {room}. LMP {d_lmp}; TVUS: gestational sac, no cardiac activity, CRL {crl} mm (~{ga}).
Dx {icd_preg} missed AB. {rh}; {rhig}.
Options: expectant / {mife} + {miso} / uterine aspiration. Chose medical mgmt.
Partner {p1_name} present. Grief resources given. FU {d_next1} with US.
{clin_name}, DO | scribe {tech_init}
""",
    """MISCARRIAGE MGMT - FOLLOW-UP
{pt_name_lf} ({mrn}) - {d_next1}
Bleeding since {d_short}; hCG {hcg} today vs prior ({d_visit}). US: stripe 9 mm, no RPOC.
Complete. {eponym} considered (no). Pathology acc {accession}.
Genetic testing of tissue declined. Next pregnancy planning - preconception visit. Ph {phone}.
Attending {clin_name}; fellow {clin2_name}.
""",
)

# 15 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_oncofertility_referral_letter"] = (
    """{facility}
Reproductive Endocrinology & Infertility - Fertility Preservation Referral
Date: {d_visit}
To: {clin2_name}, MD, REI   Fax: {fax}
Re: {pt_name}   DOB: {dob}   MRN: {mrn}   Ins ID: {member_id}

Dear Dr. {clin2_last},
I am referring my patient, a {age_a}-year-old with newly diagnosed Hodgkin lymphoma, for urgent fertility
preservation (oocyte cryopreservation) before ABVD, planned start {d_next1}. AMH pending; {eponym} ruled out.
The patient can be reached at {phone} or {email}. Please also copy their partner {p1_name}.
Prior auth {pa_ref} obtained ({org}).
Sincerely,
{clin_name}, MD, Oncology   NPI {npi}   tel {phone3}  fax {fax2}
""",
    """Fertility preservation - gender-affirming care (pre-GAHT)
Pt {pt_name} (legal name {legal_name}) MRN {mrn}
Plan: sperm banking prior to {e_regimen}. Semen analysis #1 {d_next0}, storage consent.
Bank: {org}; donor/depositor ID {study_id}.
Ref. by {clin_name}; fax to andrology {fax}.  Pt cell {phone}.
""",
)

# 16 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_gender_affirming_hormone_intake"] = (
    """GENDER-AFFIRMING HORMONE THERAPY - INTAKE (informed consent model)
Name used: {pt_first} {pt_last}    Legal name (insurance): {legal_name}
Pronouns: she/her    DOB: {dob}    MRN: {mrn}
Visit: {d_visit}    Ins: {member_id} (legal name on card)
Address: {street}, {unit}, {city} {zip}; phone {phone}
Hx: identifies as woman since age {age_minor}; socially transitioned {yr}. {icd_ga}.
Goals: breast development, skin softening. Fertility preservation discussed - declined.
Baseline: BP {bp}, K {k_val}, Cr {creat}, PRL {prl}, lipids ordered.
Start {e_regimen} + {antiandrogen}. Informed consent signed ({form_no} {form_rev}).
Support person: {p1_name} (partner), {phone2}. {clin_name}, NP.
Chart photo (chosen name banner): {photo_id}
""",
    """GAHT intake (adolescent) - {facility}
Patient: {pt_first} (legal: {legal_first}) {pt_last}  DOB {dob_minor}  MRN {mrn}
Parent/guardian: {parent_name} - consenting; other parent {p2_name} also signed {d_prev7}.
{tanner}. Puberty blockade: histrelin implant (Supprelin LA) placed {d_prev2}, implant lot {dev_lot}, to be replaced ~{d_next6}.
Now starting {t_regimen}; baseline Hct {hct}, LH {lh}.
Mental health letter from {adv_name}, LCSW, on file.
School nurse contact withheld per family. Family phone {phone}.
""",
    """Hormone intake - transmasc
{pt_name_lf} | {mrn} | {d_visit_us}
Chosen name {pt_first}; legal {legal_name}; nickname {pt_nick}.
Med hx: {eponym}? no. PCOS. BMI {bmi}.
Start {t_regimen}. Teaching: SC injection {needle}, sharps. Hct goal < 54.
Labs q3 mo x1 yr: next {d_next2}. Rx {rx_no}.
{clin_name} / MA {ma_name} / email pt portal {email} ({url})
Chart banner photo updated: {photo_file}
""",
)

# 17 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_gaht_lab_monitoring"] = (
    """HORMONE MONITORING TABLE - {pt_name_caps} ({mrn})  DOB {dob_us}
Regimen: {e_regimen}; {antiandrogen}
Date        E2 pg/mL   T ng/dL   K mmol/L   Cr mg/dL   PRL ng/mL
{d_seq1}   {estradiol}        {testosterone}       {k_val}        {creat}       {prl}
{d_seq3}   {estradiol}        {testosterone}       {k_val}        {creat}       -
{d_seq5}   {estradiol}        {testosterone}       {k_val}        -          {prl}
Targets (Endocrine Society {yr2}): E2 100-200, T < 50. Next draw {d_next3}. Req # {req_no}.
Reviewed: {clin_name}
""",
    """GAHT f/u - transmasc - {d_visit}
{pt_first} {pt_last}, {age_a} y/o, MRN {mrn}. On {t_regimen} x{months} months.
Trough T {testosterone} ng/dL; Hct {hct}% (ref 36-46 F / 40-54 M); Hgb {hgb}; A1c {a1c}.
Amenorrhea since {d_short}. Voice deepening. Acne mild.
Plan: continue; recheck {d_next1}. Refill Rx {rx_no} to pharmacy NCPDP {ncpdp}.
Top surgery consult with {clin2_name} at {facility2} ({phone3}).
""",
)

# 18 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_name_marker_change_letter"] = (
    """{facility}
{street}, {city}, {state} {zip}  |  tel {phone3}  |  fax {fax}

{d_visit_long}

To whom it may concern (Social Security Administration / Department of State / {state} Vital Records):

I am the treating physician of {pt_name} (formerly {legal_name}), date of birth {dob}.
{pt_first} has had appropriate clinical treatment for gender transition. I request that the sex marker on
identity documents be changed to F. Their current driver's license is {dl}; birth certificate no. {birth_cert};
passport {passport}. A recent photograph ({photo_file}) is enclosed. Court order for name change: case {docket2}, entered {d_prev5}.

{clin_name}, MD
Medical license {med_lic}   NPI {npi}
""",
    """LETTER IN SUPPORT OF NAME AND GENDER MARKER CHANGE
Date: {d_visit}
Re: {pt_name_caps}   DOB {dob_us}   SSN {ssn}
This letter confirms that {pt_first} {pt_last} is my patient and has been under my care since {yr}. The
patient's gender identity is male. Please update records accordingly. Prior name: {legal_name}.
Mailing address: {po_box}, {city} {zip}. Contact {email}.
{clin_name}, PsyD, licence # {med_lic}
cc: attorney {atty_name}, {org2}, fax {fax2}
""",
)

# 19 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_chosen_name_registration_audit"] = (
    """REGISTRATION CHANGE AUDIT - demographics
timestamp           user      field               old value                 new value
{dt_stamp}  {tech_init}       preferred_name      (blank)                   {pt_first}
{dt_stamp}  {tech_init}       legal_name          {legal_name_lf}   (unchanged - pending court order)
{dt_stamp}  {tech_init}       photo               {photo_id}              {photo_file}
{dt_stamp}  {tech_init}       sex_assigned        (restricted)              (restricted)
MRN {mrn}; acct {acct}; ws IP {ip}. Ticket {ticket}. Policy {policy_no}.
Wristband prints: {pt_first} {pt_last} (legal name in barcode only).
""",
    """Patient registration - name and identity update
Patient MRN: {mrn}            Date: {d_visit}
Legal name (per ID): {legal_name}
Chosen/preferred name: {pt_first}     Pronouns: they/them
Sex on insurance: F   Gender identity: nonbinary
ID reviewed: state ID {state_id}
Face photo retaken for chart banner: {photo_file} (old photo {photo_id} archived)
Insurance member {member_id}; group {group_no}
Registrar {ma_name}. Pt requested that {parent_name} (mother) not see portal.
""",
    """ADT^A08 update (excerpt)
MSH|^~\\&|REG|{site_code}|EHR||{d_visit_hl7}||ADT^A08|{msg_ctrl}|P|2.5.1
PID|1||{mrn}^^^MRN||{pt_last_caps}^{legal_first}^^^^^L~{pt_last_caps}^{pt_first_caps}^^^^^N||{dob_hl7}|X|||{street}^^{city}^{state}^{zip5}||{phone}
PD1|||||||||||||Photo^{photo_file}
ZPN|chosen name|{pt_first}|effective|{d_visit_iso}
""",
)

# 20 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_confidential_comms_request"] = (
    """REQUEST FOR CONFIDENTIAL COMMUNICATIONS (45 CFR 164.522(b))   {form_no}
Patient name: {pt_name}                Date of birth: {dob}
Medical record #: {mrn}                Date of request: {d_visit}
Please DO NOT contact me at: {street}, {city}, {state} {zip} / home phone {phone2}
Instead send all mail to (alternate address): {alt_street}, {alt_city} {alt_zip}
Call me ONLY at: {phone}      Email: {email}
Explanation of Benefits: insurer member ID {member_id}; request EOB suppression to policyholder {parent_name}.
Reason (optional): safety - partner monitors mail.
Parking permit for visits: plate {plate}
Portal (self only): {url}
Received by: {ma_name}   Ticket {ticket}
""",
    """HIM - confidential communication flag
{dt_stamp} - {tech_init} set CONF-COMM flag on MRN {mrn} ({pt_name_lf}).
Alt address: {po_box}, {alt_city}, {state} {alt_zip}
Portal: proxy access for {parent_name} REVOKED; pt's own login from {ip2} verified; portal link {url}.
Billing: acct {acct} statements -> alt address; claim {claim} EOB redirected.
Vehicle on parking list (garage B): {plate}. Phone {phone} (text only).
""",
    """Safety plan / alternate contact (DV screen positive)
Pt {pt_first} {pt_last} | {mrn} | seen {d_visit}
Abuser: {p1_name}, drives {plate2} - security notified w/ description.
Safe contact: sister {sib_first} at {phone2}; code word used.
Shelter: {org2} (address withheld). Pt's new cell {phone}.
Advocate {adv_name}. Protective order case # {docket2}.
Pt saved hotline chat link {url} - do not print in AVS.
""",
)

# 21 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_minor_judicial_bypass_file"] = (
    """JUDICIAL BYPASS - CLINIC CHECKLIST (minor, {age_minor} y/o)
Minor: {pt_name}   DOB {dob_minor}   MRN {mrn}
Court: {county} Juvenile Court   Docket/case no. {docket}
Hearing: {d_next0} at {time2}, Judge {judge_last}
Appointed counsel: {atty_name}, tel {phone3}
Order granted {d_next1} - copy placed in chart, scanned as {req_no}.
Procedure scheduled {d_next2} at {facility}.
Minor's safe contact: {phone}; do not call guardian ({parent_name}).
Clinic advocate: {adv_name}
""",
    """Bypass hotline intake - {dt_stamp}
Caller (minor) first name {pt_first}, age {age_minor}, city {city}, school {facility2}.
GA est {ga} by LMP {d_lmp}. Parent notification law applies in {state}.
Atty assigned {atty_name} ({email2}). Petition filed {d_next0}; case {docket}.
Ride to courthouse: volunteer {adv_name}, car plate {plate}.
Callback only at {phone}.
""",
)

# 22 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_sane_followup_visit"] = (
    """SEXUAL ASSAULT - 2-WEEK FOLLOW-UP (SANE program)
Patient: {pt_name_lf}   DOB {dob}   MRN {mrn}   Kit #: {sak_no}
Assault {d_event}; initial exam {d_prev7} by {sane_name}, SANE-A.
Police report {police_no} ({county} Sheriff). Detective {p3_first} {p2_last}, {phone3}.
Suspect vehicle per report: dark SUV, partial plate {plate}.
nPEP: {brand_art} day {dose_n}/28, tolerating. EC given initially ({brand_ec}).
Repeat testing: HIV {hiv_screen}, RPR {rpr_prev}, NAAT {gc_ct}. Photo-documentation of injuries on file (body, no facial images).
Advocate {adv_name} from {org2}. Pt phone {phone}; staying at {alt_street}, {alt_city}.
""",
    """SANE f/u note {d_visit}
{pt_first} {pt_last_caps} ({mrn}), kit {sak_no}, LE case {police_no}.
Returned for 6-wk labs. HIV Ag/Ab {hiv_screen}; RPR {rpr_prev}; HBsAg neg.
Pt reports car ({vin}) was searched by police and returned {d_prev6}.
Victim comp application (state) claim # {claim}, SSN {ssn} - assisted by {adv_name}.
{sane_name}, RN
""",
)

# 23 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_sti_lab_requisition"] = (
    """LABORATORY REQUISITION  -  Northstar Reference Laboratory (CLIA {clia})
Req #: {req_no}        Collected: {dt_stamp}
PATIENT: {pt_name_caps}      SEX: M      DOB: {dob_us}     SS#: {ssn}
ADDRESS: {street_caps}, {city_caps} {zip}      PHONE: {phone}
MRN: {mrn}    BILL TO: Medicaid {medicaid}
ORDERING: {clin_name}   NPI {npi}     RESULTS FAX: {fax}
TESTS: [x] CT/NG NAAT ({cpt_lab}) source: {source}
       [x] RPR w/ reflex titer & TP-PA (86592)
       [x] HIV-1 RNA quant ({loinc})   [ ] HSV type-specific
DX: {icd_z}, {icd_sti}    Specimen ID {specimen}
""",
    """REQ {req_no} | pt {pt_name_lf} | DOB {dob_iso} | MRN {mrn} | acct {acct}
ins: {member_id} grp {group_no} | ssn {ssn}
ordering: {clin_last}, NPI {npi}; cc {clin2_name} fax {fax2}
panel: {cpt_lab} / 87591 / 86780 / 87389; {source}
collected {d_visit_us} {time1} by {tech_init}; accession {accession}
""",
)

# 24 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_hl7_oru_sti_panel"] = (
    """MSH|^~\\&|LIS|NSRL^{clia}^CLIA|EHR|{site_code}|{d_visit_hl7}||ORU^R01|{msg_ctrl}|P|2.5.1
PID|1||{mrn}^^^MRN~{ssn}^^^SS||{pt_last_caps}^{pt_first_caps}||{dob_hl7}|F|||{street}^{unit}^{city}^{state}^{zip5}||{phone}|||||{acct}
PV1|1|O|{site_code}||||{npi}^{clin_last}
ORC|RE|{req_no}|{accession}
OBR|1|{req_no}|{accession}|{cpt_lab}^CT/NG NAAT|||{d_collect_hl7}
OBX|1|ST|43304-5^C trachomatis rRNA^LN||{gc_ct}||||||F
OBX|2|ST|24111-7^N gonorrhoeae DNA^LN||{gc_ct2}||||||F
OBX|3|SN|20507-0^RPR^LN||^{rpr}|titer|NR|A|||F
""",
    """MSH|^~\\&|LAB|{site_code}|DOH_ELR|STATE|{d_visit_hl7}||ORU^R01|{msg_ctrl}|P|2.5.1
PID|1||{mrn}^^^HOSP^MR~{medicaid}^^^MCD^MA||{pt_last_caps}^{pt_first_caps}^{p3_first}||{dob_hl7}|M||2106-3|{street}^^{city}^{state}^{zip5}^^^^{county}||{phone}~^NET^Internet^{email}|||||{acct}|{ssn}
NK1|1|{parent_name}|MTH|||{phone2}
OBR|1|{req_no}|{accession}|25836-8^HIV-1 RNA^LN|||{d_collect_hl7}|||||||||{npi}^{clin_last}^{clin_first}
OBX|1|NM|25836-8^HIV-1 RNA^LN||{vl}|copies/mL|<20|H|||F
OBX|2|NM|24467-3^CD4^LN||{cd4}|cells/uL|500-1500|L|||F
""",
)

# 25 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_online_birth_control_order_audit"] = (
    """TELECONTRACEPTION ORDER - AUDIT TRAIL
order_id={order_no} created={dt_stamp} channel=web
patient="{pt_name}" dob={dob_iso} email={email} phone={phone}
ship_to="{street}, {unit}, {city} {state} {zip}"
session_ip={ip}  ua="Mobile Safari {version}"  consent_url={url}
questionnaire: BP self-report {bp}; smoker N; migraine w/ aura N; age {age_a}
clinician_review="{clin_name}" npi={npi} decision=APPROVED {brand_contra} x{qty} packs, refills {refills}
rx={rx_no} pharmacy={org} (NCPDP {ncpdp})
""",
    """Online EC/contraception request #{order_no}
{dt_stamp} login from {ip2} ({city}); 2FA text to {phone}.
Name: {pt_name_lf}; DOB {dob_us}; Ins member {member_id}
Item: {brand_ec} + {brand_contra}; ship discreet to {po_box}, {city} {zip5}
Reviewer {clin_name}. Follow-up survey link {url}
""",
    """video visit log (contraception)  platform v{version}
visit start {dt_stamp} | patient {pt_first} {pt_last} | joined from {ip} | room {url}
identity check: photo ID held to camera, DL {dl}; selfie stored {photo_file}
provider {clin_name} joined from {ip2}
outcome: {brand_contra} Rx {rx_no}; BP cuff reading {bp}
""",
)

# 26 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_syphilis_morbidity_fax_report"] = (
    """FAX COVER - CONFIDENTIAL MORBIDITY REPORT
To: {county} Health Department, STD Program     Fax: {fax}
From: {facility}                                 Fax: {fax2}   Phone: {phone3}
Date: {d_visit}   Pages: 2

CONFIDENTIAL MORBIDITY REPORT - SYPHILIS
Patient: {pt_name_lf}   DOB: {dob}   Age: {age90}   Sex: M
(received copy, OCR) PATlENT LAST NAME: {pt_last_ocr}  F1RST: {pt_first}
Address: {street}, {city}, {zip}   (assisted living; room not given)
Phone: {phone}   SSN: {ssn}
RPR {rpr} ({d_prev6}: {rpr_prev}); TP-PA {tppa}. Stage: late latent. Dx {icd_sti}.
Treated {abx}, first dose {d_visit_short}.
Reporter: {clin_name}, NPI {npi}
""",
    """STD case report (web form print)  submitted {dt_stamp} from {ip}
Case {dis_case} | pt {pt_name} | DOB {dob_us} | age {age90_w} | county {county}
Residence {street}, {unit}; {city} {zip}
Pregnant: n/a. HIV status: {hiv_screen}. Partner: spouse {p1_name} (age {age90_b}).
Reporter {clin_name}; callback {phone2}; fax {fax}
""",
)

# 27 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_drive_thru_testing_log"] = (
    """DRIVE-THRU STI/HIV TESTING - LANE LOG   event {site_code}, {d_visit}
lane | time  | plate      | client name            | DOB         | phone           | kit        | tests
  1  | {time1} | {plate} | {pt_name_lf} | {dob_us} | {phone} | {specimen} | HIV/syph/CT-GC
  2  | {time2} | {plate2} | {p2_name} | -           | {phone2} | {accession} | HIV only
Staff: {rn_name} (swabs), {tech_init} (data). Results via text only.
""",
    """Self-collect kit pickup (curbside) - {d_visit_us}
Client {pt_first} {pt_last} arrived {time1} in vehicle plate {plate}; kit {specimen} handed to driver.
VIN recorded for parking-citation waiver: {vin}
Address for return mailer: {street}, {city} {zip}
Email: {email}. Navigator {cm_name}.
""",
    """mobile unit daily sheet (van #{dose_n}, not patient vehicle)
location: lot behind {facility} / {neigh}
{time1} {pt_name} - car {plate} - DOB {dob} - rapid HIV {hiv_screen} - ph {phone}
{time2} {p1_name} - car {plate2} - declined DOB - rapid HIV {hiv_screen}
outreach lead {cm_name}; counselor {rn_name}
""",
)

# 28 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_kiosk_biometric_checkin_audit"] = (
    """KIOSK CHECK-IN AUDIT  ({site_code}, kiosk firmware {version})
{dt_stamp} palm-vein match OK  template={bio_palm}  score 0.{stock_qty}
  patient={pt_name}  mrn={mrn}  dob={dob_iso}
  photo capture={photo_file}  kiosk_ip={ip}
  appt: {clin_name} {time2} ({room})
  fallback fingerprint={bio_fp}
{dt_stamp} copay {money} collected; acct {acct}
""",
    """Biometric enrolment - patient identity (palm vein)
Patient: {pt_name_lf}   MRN {mrn}   DOB {dob}
Enrolled {d_visit} by {ma_name}; template ID {bio_palm}; fallback fingerprint ID {bio_fp}
Face photo for banner: {photo_id}
Consent to biometric ID signed ({form_no}). Chosen name on kiosk screen: {pt_first}.
""",
)

# 29 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_prep_onsite_dispense_cabinet"] = (
    """AUTOMATED DISPENSING CABINET - PrEP / PEP STARTER PACKS  (cabinet {site_code})
{dt_stamp} WITHDRAW {brand_prep} 30 tab x1  stock lot {drug_lot}
  user={rn_name} (fingerprint ID {bio_fp})  witness={clin2_name}
  patient={pt_name_caps}  MRN={mrn}  Rx={rx_no}
{dt_stamp} WITHDRAW {brand_art} 7-day PEP pack  lot {drug_lot2}  for {p1_name} (MRN {mrn2})
Discrepancies: none. Count {stock_qty}.
""",
    """PrEP pharmacy pickup - voice verification line
Caller verified by voiceprint {bio_voice} at {time1} on {d_visit_us}.
Patient {pt_name} (DOB {dob}), ADAP {adap_id}, refill Rx {rx_no} {brand_prep} qty {qty}.
Pickup by friend {p2_name} authorised; friend ID: DL {dl}.
Phone on file {phone}. Pharmacist {pharm_name}.
""",
    """PrEP-AP (assistance program) enrollment + pickup
Enrollee {pt_name_lf}  DOB {dob_us}  PrEP-AP ID {adap_id}
Fingerprint signature pad ID {bio_fp}; voice enrolment {bio_voice}
Mailing {po_box}, {city} {zip}. Email {email}.
Rx {rx_no} filled {d_visit}; next {d_next2}.
""",
)

# 30 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_affirming_surgery_implant_record"] = (
    """OPERATIVE IMPLANT RECORD - bilateral augmentation mammaplasty (gender-affirming)
Patient: {pt_name}   MRN {mrn}   DOB {dob}   Date of surgery {d_visit}
Surgeon: {clin_name}, MD (NPI {npi})   Facility {facility}
RIGHT: smooth round silicone 425 cc   lot {dev_lot}   serial {implant_serial}
LEFT:  smooth round silicone 425 cc   UDI {udi}
Implant card mailed to patient at {street}, {city} {zip}.
Registry (national breast implant registry) patient ID {study_id}.
""",
    """Implant log - orchiectomy w/ testicular prosthesis / scrotoplasty
{pt_name_lf} | MRN {mrn} | FIN {fin} | {d_visit_us}
Prosthesis: testicular, medium, serial {implant_serial}, lot {dev_lot}
Tissue expander (prior stage {d_prev3}) serial {dev_serial} explanted
Surgeon {clin_name}; circulator {rn_name}. Card to pt (email {email}).
""",
)

# 31 ---------------------------------------------------------------------------------------------
TEMPLATES["ss_abortion_travel_support_voucher"] = (
    """PRACTICAL SUPPORT - TRAVEL VOUCHER   ({org})
Voucher/pledge #: {voucher}    Issued {d_visit}
Client: {pt_first} {pt_last}   DOB {dob_us}   Callback {phone}
Travelling from {city}, {state} to {facility} for appt {d_next0} ({ga} by LMP).
Lodging 2 nights: {money2}; gas card {money}; companion {p1_name}.
Rental car confirmation: plate {plate}, VIN {vin}
Case manager {cm_name}; booking link {url}
""",
    """Abortion fund intake (phone) {dt_stamp}
Caller {pt_name}, {age_a}; lives {city}; ZIP {zip5}. Medicaid {medicaid} (does not cover).
Clinic {facility2} quote {money2}; pledged {money}; pledge {voucher}.
Driver volunteer {adv_name}, car {plate}. Pickup {street}.
Text-only {phone}; email {email}; fundraiser page {url}.
""",
)

# --------------------------------------------------------------------------------------------------
# Identifier-free documents (look-alike keys only).
NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """STI CLINIC STANDING ORDER - empiric treatment ({policy_no}, {form_rev})
Gonorrhea: {abx}. Chlamydia: doxycycline 100 mg PO BID x7d (ICD-10 {icd_sti}).
Early syphilis: Bicillin L-A 2.4 million units IM x1 (HCPCS J0561); warn re {eponym}.
Lab: NAAT CPT {cpt_lab}, RPR 86592, HIV Ag/Ab 87389 (LOINC {loinc}).
Authorised by the medical director; reviewed {yr}. {page}.
""",
    """Stock receiving log - LARC and injectables (not patient-specific)
{brand_larc} x{stock_qty} lot {drug_lot}; Kyleena x{stock_qty} lot {drug_lot2}
{brand_contra} x{stock_qty}, NDC {ndc}, lot {drug_lot}
Received {time1} by the float RN. Fridge {temp} F at {time2}. 340B account category: Title X ({titlex_grant}).
""",
    """PrEP clinical protocol excerpt ({form_no} {form_rev})
Baseline: HIV Ag/Ab, HIV RNA if recent exposure, Cr (eGFR >= 30 for F/TDF; >= 30 for F/TAF), HBsAg, RPR, NAAT 3 sites.
Agents: {brand_prep}; long-acting cabotegravir 600 mg IM month 0, 1, then q2mo.
Follow-up q3 months; {icd_z} for encounter. Typical eGFR today {egfr}, Cr {creat}.
""",
    """HIV care cascade - clinic quality dashboard ({yr})
Diagnosed clients: {stock_qty}0 | Retained: {pct} | Suppressed (<200): {pct}
Median CD4 at entry {cd4} cells/uL; median VL {vl} copies/mL (log {vl_log}).
Funding: Ryan White Part A {rw_grant}; program {prog_code}. Prepared by {role}.
""",
    """Family planning method counselling script (Title X, {site_code})
Tier 1: {brand_larc} (failure <1%). Tier 2: {brand_contra}. Tier 3: condoms, FAM.
EC: {brand_ec} up to {hours_window}; ulipristal more effective at BMI > 26 ({bmi} here as an example).
Sliding fee: {fee_tier}; family of {hh_size} at {fpl} FPL pays {money}.
""",
    """Gender-affirming hormone therapy - dosing reference ({org})
Feminising: {e_regimen}; {antiandrogen}. Target E2 100-200 pg/mL, T < 50 ng/dL.
Masculinising: {t_regimen}. Monitor Hct (stop if > 54%), today's example Hct {hct}.
Dx codes: {icd_ga}. Age of majority for consent: 18 (16 with parent in some states).
""",
    """Medication abortion protocol ({policy_no})
Eligibility: GA <= 77 days by LMP or US. Regimen: {mife} then {miso} 24-48 h later.
Rh: {rhig} if Rh negative at >= 12w0d. Follow-up hCG drop >= {bhcg_drop} at 7-14 days.
Billing S0199 / CPT 59840 for aspiration backup. Form {form_no}.
""",
    """Lab reference ranges - sexual health panel (Northstar Reference Laboratory, CLIA {clia}, CAP {cap_no})
HIV-1 RNA: <20 copies/mL (LOINC 25836-8). CD4: 500-1500 cells/uL. RPR: NR; titre reported as 1:n (e.g. {rpr}).
Estradiol (adult F): 30-400 pg/mL. Total T (adult M): 264-916 ng/dL. Prolactin: 4.8-23.3 ng/mL.
hCG quantitative: < 5 mIU/mL non-pregnant; current QC {hcg}.
""",
    """DIS performance report - quarter ending {yr}
Interviews within {days} days: {pct}. Partners initiated per case: {n_partners}. Disposition C rate {pct}.
Internet partner services used in {pct} of MSM cases. Program code {prog_code}.
Prepared by the DIS supervisor; distributed to {org}.
""",
    """EPT policy ({policy_no}) - expedited partner therapy permissible in this state.
Eligible: chlamydia, gonorrhea (oral cefixime 800 mg + doxycycline). Not for MSM without counselling.
Packets: {qty} per index patient max. Rx may read "EXPEDITED PARTNER THERAPY" without name.
Pharmacy: {org2}, NCPDP {ncpdp}. Store permit on file.
""",
    """Clinic huddle {time1}
{room}: Depo reinject, on time ({weeks} wk). {bed}: IUD check.
Exam 4: PrEP start, eGFR {egfr}. Interpreter booked {time2}. Front desk short one MA.
Bicillin stock {stock_qty} syringes (lot {drug_lot}). Remember doxy-PEP counselling.
""",
    """Charge master excerpt - sexual health services
{cpt_em} E/M established, {money}
{cpt_proc} procedure, {money2}
{hcpcs} drug supply, {money}
87491 CT NAAT, $35.00 | 87591 GC NAAT, $35.00 | 86592 RPR, $6.50
Revenue code 0300 / 0636. Tax ID (organisation) {ein}. Group NPI {org_npi}.
""",
    """Viral load trend (de-identified teaching case)
A {age_b}-year-old on {brand_art} since {yr}: VL {vl} -> {vl_c} -> {vl_b}; CD4 {cd4} -> {cd4_b} ({cd4pct}).
Lesson: blips < 200 do not predict failure. ICD-10 B20 vs {icd_sti}.
""",
    """Pharmacy counselling card - doxycycline PEP
Take {abx} ideally within 24 h and no later than 72 h after condomless sex.
Max 200 mg per 24 h. Avoid with dairy/antacids within 2 h. Photosensitivity.
Questions? Ask the pharmacist or {role}. {form_no} {form_rev}.
""",
    """Ryan White eligibility policy ({policy_no})
Income <= 500% FPL (household of {hh_size}: {income}/mo threshold example). Recertify every 6 months,
full annual. Acceptable proof: lease, utility bill, pay stub. Grant {rw_grant}; ADAP formulary v{version}.
""",
    """Title X annual FPAR summary ({yr})
Unduplicated users {stock_qty}00; under 100% FPL {pct}; LARC users {pct}.
CT screens (CPT {cpt_lab}) {stock_qty}0; positivity {pct}. HIV tests {stock_qty}0.
Grant {titlex_grant}. Prepared by the clinic manager.
""",
    """Temperature log - vaccine & injectables fridge
{time1} {temp} F | {time2} {temp} F | {time3} {temp} F
Contents: {brand_contra}; Bicillin L-A; hepatitis B vaccine lot {drug_lot2}; HPV-9 lot {drug_lot}.
Excursion protocol {policy_no}. Checked by {role2}.
""",
    """Sexual assault exam room readiness checklist ({form_no})
[x] Kits x{stock_qty} (sealed; kit lot {drug_lot}) [x] EC {brand_ec} [x] nPEP {brand_art} 7-day packs
[x] Wood's lamp [x] colposcope camera (body only) [x] chain-of-custody forms {form_rev}
Checked {time1} by the SANE coordinator.
""",
    """Partner notification letter - generic template (no identifiers inserted)
"Someone you have had sexual contact with recently has been diagnosed with a sexually transmitted infection.
Please get tested. Free testing is available Monday-Friday {time1} to {time2}."
Approved by {org}, {form_rev}.
""",
    """Gestational age dating quick reference
CRL {crl} mm ~ {ga}. Sac only ~5 weeks. hCG discriminatory zone 3,510 mIU/mL.
Naegele rule; {eponym} noted in teaching slide. ICD-10 {icd_preg}. Z3A codes by completed week ({ga_wk}).
""",
    """Supprelin LA / histrelin implant - stock & handling (pharmacy)
Store 2-8 C. Stock {stock_qty} (lot {drug_lot}). Replace q12 months (up to 24 in some protocols).
Insertion CPT 11981, removal 11982, both 11983. Tanner stage at start typically {tanner}.
""",
    """Minor consent summary (state-level, training)
Minors {age_minor}+ may consent to STI testing/treatment and contraception. Abortion: parental consent
or judicial bypass required in some states. HIV PrEP: varies. {policy_no}. Updated {yr}.
""",
    """Kiosk firmware release notes v{version}
- palm-vein matcher threshold raised to 0.{stock_qty}
- photo capture disabled by default (privacy)
- copay display rounding fix ({money})
QA by the biometrics vendor; {page}.
""",
    """Daily PrEP clinic statistics
Starts {dose_n}, follow-ups {stock_qty}, CAB-LA injections {dose_n}. No-shows {pct}.
Labs: {cpt_lab} x{stock_qty}; Cr range 0.6-{creat}; 1 HIV RNA detectable ({vl}) - confirmed negative on repeat.
Navigator and the PrEP pharmacist present.
""",
    """Confidential communications - staff tip sheet ({form_no})
Always check the CONF-COMM banner. Mail only to the alternate address on file. Use text-only lines.
EOB suppression requests go to the insurer; proxy portal access must be revoked by HIM.
Policy {policy_no}, {form_rev}.
""",
    """Hormone level batch QC
Estradiol control L1 {estradiol} pg/mL, L2 {estradiol} pg/mL; testosterone control {testosterone} ng/dL.
SHBG {shbg} nmol/L; LH {lh} IU/L; prolactin {prl} ng/mL. Run at {time1}. Reagent lot {drug_lot}.
""",
)
