package io.github.commissioning.rules;

import java.util.List;

/**
 * The documents the standard rules rest on, each summarised in the project's own words. The project's
 * {@code docs/sources.md} is written from this list, and a test keeps the two the same.
 */
final class Sources {

  /** A document: a short key, its title, its address, what kind of text it is, and what it says. */
  static final class Reference {
    final String key;
    final String title;
    final String link;
    final String kind;
    final String summary;

    Reference(String key, String title, String link, String kind, String summary) {
      this.key = key;
      this.title = title;
      this.link = link;
      this.kind = kind;
      this.summary = summary;
    }

    /** Returns this document as a rule's source, with what in it supports the rule. */
    RuleSource supports(String what) {
      return RuleSource.of(title, link, what);
    }
  }

  private static final String LAW = "law";
  private static final String STATUTORY = "statutory guidance";
  private static final String GUIDANCE = "NHS England guidance or publication";
  private static final String COMMENTARY = "commentary or research";

  static final Reference NHS_ACT_13Z = new Reference("nhs-act-13z",
      "National Health Service Act 2006, section 13Z (exercise of NHS England's functions)",
      "https://www.legislation.gov.uk/ukpga/2006/41/section/13Z", LAW,
      "NHS England may arrange for any of its functions to be exercised by, or jointly with, a CCG, a Special "
          + "Health Authority or a prescribed body, and joint functions may be exercised by a joint committee. "
          + "Subsection (6): such arrangements do not affect NHS England's liability for the exercise of its "
          + "functions. Section 13ZA adds conditions for devolution to a combined or local authority whose area "
          + "includes the area of the arrangement.");
  static final Reference NHS_ACT_14O = new Reference("nhs-act-14o",
      "National Health Service Act 2006, section 14O (registers of interests and management of conflicts)",
      "https://www.legislation.gov.uk/ukpga/2006/41/section/14O", LAW,
      "A CCG keeps registers of the interests of its members, governing body, committees and employees, "
          + "publishes them or makes them available, makes sure that interests are declared and recorded as soon as "
          + "practicable and within 28 days, and sets out in its constitution how conflicts are managed so that "
          + "they do not affect, or appear to affect, the integrity of its decisions.");
  static final Reference NHS_ACT_65Z5 = new Reference("nhs-act-65z5",
      "National Health Service Act 2006, section 65Z5 (joint working and delegation arrangements)",
      "https://www.legislation.gov.uk/ukpga/2006/41/section/65Z5", LAW,
      "Inserted by the Health and Care Act 2022 and in force from 1 July 2022: NHS England, integrated care "
          + "boards, NHS trusts, NHS foundation trusts and local authorities may arrange for one another to "
          + "exercise their functions, or exercise them jointly, including through joint committees.");
  static final Reference NHS_ACT_SCHEDULE_1B = new Reference("nhs-act-schedule-1b",
      "National Health Service Act 2006, Schedule 1B (constitution of integrated care boards)",
      "https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B", LAW,
      "Inserted by the Health and Care Act 2022: an ICB consists of a chair, a chief executive and at least three "
          + "other members, among them members nominated by the NHS trusts and foundation trusts, by the providers "
          + "of primary medical services and by the local authorities of its area; no one may be appointed whose "
          + "involvement with the private healthcare sector could reasonably be regarded as undermining the "
          + "independence of the health service.");
  static final Reference NHS_ACT_75 = new Reference("nhs-act-75",
      "National Health Service Act 2006, section 75 (arrangements between NHS bodies and local authorities)",
      "https://www.legislation.gov.uk/ukpga/2006/41/section/75", LAW,
      "Partnership arrangements between an NHS body and a local authority: one may lead the commissioning of "
          + "the other's functions, they may pool funds, and they may integrate provision.");
  static final Reference CCG_REGULATIONS = new Reference("ccg-regulations-2012",
      "The National Health Service (Clinical Commissioning Groups) Regulations 2012 (SI 2012/1631), regulation 11",
      "https://www.legislation.gov.uk/uksi/2012/1631/regulation/11/made", LAW,
      "As made: a CCG's governing body has at least six members, among them the accountable officer, a chief "
          + "finance officer, a registered nurse, a secondary care specialist and two lay members (one for audit "
          + "and governance, one for patient and public involvement). From 14 April 2022 SI 2022/316 lowered the "
          + "minimum to four members, a nurse or a secondary care specialist, and one lay member.");
  static final Reference LEGISLATIVE_REFORM_ORDER = new Reference("lro-2014",
      "The Legislative Reform (Clinical Commissioning Groups) Order 2014 (SI 2014/2436)",
      "https://www.legislation.gov.uk/uksi/2014/2436/contents/made", LAW,
      "From 1 October 2014 CCGs may form joint committees with one another (section 14Z3(2A)) and with NHS "
          + "England for CCG functions; before then, committees of several CCGs could only meet 'in common', each "
          + "CCG deciding for itself.");
  static final Reference PROCUREMENT_REGULATIONS = new Reference("procurement-regulations-2013",
      "The National Health Service (Procurement, Patient Choice and Competition) (No. 2) Regulations 2013 "
          + "(SI 2013/500)",
      "https://www.legislation.gov.uk/uksi/2013/500/contents/made", LAW,
      "From 1 April 2013 NHS England and CCGs procure health care services transparently and treat providers "
          + "equally; regulation 6 bars the award of a contract where conflicts between the interests of "
          + "commissioning and of providing affect, or appear to affect, its integrity (the project has not "
          + "checked the regulation's exact wording); a record is kept of each contract awarded.");
  static final Reference PROVIDER_SELECTION_REGIME = new Reference("psr-2023",
      "The Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348)",
      "https://www.legislation.gov.uk/uksi/2023/1348/contents/made", LAW,
      "From 1 January 2024 the regime replaces the 2013 regulations for health care services: conflicts of "
          + "interest are identified and managed, and decisions are recorded.");
  static final Reference CONFLICTS_GUIDANCE = new Reference("conflicts-guidance-2017",
      "NHS England, Managing conflicts of interest: revised statutory guidance for CCGs (June 2017)",
      "https://www.england.nhs.uk/commissioning/pc-co-comms/coi/", STATUTORY,
      "Statutory guidance under which CCGs comply or explain: registers of interests checked at least yearly; "
          + "interests declared at the start of meetings; conflicted members excluded from the discussion and the "
          + "vote as the chair decides; a conflicts of interest guardian, normally the audit chair; at least three "
          + "lay members on the governing body, attending the primary care commissioning committee, which takes "
          + "the final decisions on delegated primary medical services; a register of procurement decisions; and "
          + "an annex on new care models, where commissioners contract with providers their own members own.");
  static final Reference DELEGATION_GUIDANCE = new Reference("delegation-guidance-2022",
      "NHS England, Arrangements for delegation and joint exercise of statutory functions",
      "https://www.england.nhs.uk/long-read/arrangements-for-delegation-and-joint-exercise-of-statutory-functions/",
      STATUTORY,
      "Statutory guidance under section 65Z7 on delegation between NHS bodies from July 2022: each ICB keeps a "
          + "scheme of reservation and delegation and a map of functions and decisions showing clear "
          + "responsibility for each statutory function; delegation does not move accountability.");
  static final Reference ICB_GOVERNANCE = new Reference("icb-governance-2022",
      "NHS England, Guidance on integrated care board constitutions and governance",
      "https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance",
      STATUTORY,
      "An ICB board has at least a chair, a chief executive, a finance director, a medical director, a "
          + "director of nursing, two non-executive members and partner members from trusts, primary medical "
          + "services and local authorities; nobody sits on it whose other interests would undermine the "
          + "independence of the NHS's decisions.");
  static final Reference PRIMARY_CARE_FAQ = new Reference("co-commissioning-faq",
      "NHS England, Primary care co-commissioning: frequently asked questions",
      "https://www.england.nhs.uk/commissioning/pc-co-comms/apply/faqs/", GUIDANCE,
      "Under delegated commissioning NHS England keeps its statutory liability, so the delegation agreement has "
          + "no reciprocal indemnity; a CCG could end delegation by notice.");
  static final Reference PRIMARY_CARE_DELEGATION = new Reference("primary-care-delegation",
      "NHS England, Delegation of primary medical, pharmaceutical, ophthalmic and dental functions",
      "https://www.england.nhs.uk/commissioning/primary-care/primary-care-comm/"
          + "delegation-of-primary-medical-pharmaceutical-ophthalmic-and-dental-functions",
      GUIDANCE,
      "NHS England delegates primary care functions to ICBs under a delegation agreement, keeps overall "
          + "accountability, assures the delegated functions and keeps some functions reserved to itself.");
  static final Reference PUBLIC_HEALTH_AGREEMENT = new Reference("section-7a-agreement",
      "Department of Health and Social Care, NHS public health functions agreement 2022 to 2023",
      "https://www.gov.uk/government/publications/public-health-commissioning-in-the-nhs-2022-to-2023/"
          + "nhs-public-health-functions-agreement-2022-to-2023",
      GUIDANCE,
      "The Secretary of State's public health functions (immunisation and screening programmes among them) "
          + "are exercised by NHS England under a section 7A agreement.");
  static final Reference CO_COMMISSIONING_STUDY = new Reference("co-commissioning-study-2018",
      "British Journal of General Practice 2018; 68 (666): 37, a study of primary care co-commissioning",
      "https://bjgp.org/content/68/666/37", COMMENTARY,
      "What CCGs with delegated primary care could do (GMS, PMS and APMS contracts, enhanced services, new "
          + "practices, mergers) and what NHS England kept: the performers list, appraisal and revalidation.");
  static final Reference COMMITTEES_IN_COMMON = new Reference("committees-in-common-2014",
      "Procurement Portal, CCGs to be able to create joint committees (September 2014)",
      "https://www.procurementportal.com/blog/september-2014/ccgs-to-be-able-to-create-joint-committees/",
      COMMENTARY,
      "Before the 2014 order, CCGs working together met as committees in common, which had no binding authority: "
          + "each CCG ratified the decisions separately.");
  static final Reference HEALTH_COMMITTEE_2018 = new Reference("health-committee-2018",
      "House of Commons Health and Social Care Committee, Integrated care: organisations, partnerships and "
          + "systems (2018)",
      "https://publications.parliament.uk/pa/cm201719/cmselect/cmhealth/650/65014.htm", COMMENTARY,
      "Sustainability and transformation partnerships and integrated care systems were not statutory bodies: "
          + "their authority came from their members, and working around the law carried governance risk.");
  static final Reference COMMISSIONING_SUPPORT = new Reference("commissioning-support",
      "NHS England, Commissioning",
      "https://www.england.nhs.uk/commissioning/", GUIDANCE,
      "Commissioning support units help commissioners with transformational and transactional work "
          + "(procurement, contract monitoring, business intelligence); the commissioners stay legally "
          + "accountable for commissioning.");
  static final Reference KINGS_FUND_CONTRACTING = new Reference("kings-fund-contracting",
      "The King's Fund, Commissioning and contracting for integrated care (2014)",
      "https://www.kingsfund.org.uk/publications/commissioning-contracting-integrated-care/summary", COMMENTARY,
      "Under a prime contractor model the commissioner keeps overall accountability and the prime contractor "
          + "holds its sub-contractors to account; an alliance contract has no sub-contracts.");
  static final Reference AUDIT_COMMISSION_2005 = new Reference("audit-commission-2005",
      "Audit Commission, Governing partnerships: bridging the accountability gap (2005)",
      "https://www.yumpu.com/en/document/view/36904685/bridging-the-accountability-gap-audit-commission/23",
      COMMENTARY,
      "Partnerships blur lines of accountability; partnerships without a written agreement had governance "
          + "problems far more often than those with one.");
  static final Reference PCN_COVERAGE = new Reference("pcn-coverage-2019",
      "Pulse, Primary care networks could serve less than 25,000 patients, says NHS England (2019)",
      "https://www.pulsetoday.co.uk/news/contract/"
          + "primary-care-networks-could-serve-less-than-25000-patients-says-nhs-england/",
      COMMENTARY,
      "NHS England wanted networks to cover the whole population of an area, with no 'donuts' left uncovered.");
  static final Reference CCG_MERGERS = new Reference("ccg-mergers-2020",
      "HSJ, Revealed: the CCG map after new wave of mergers (2020)",
      "https://www.hsj.co.uk/integrated-care/revealed-the-ccg-map-after-new-wave-of-mergers/7026848.article",
      COMMENTARY,
      "CCG mergers were approved on condition that the merged CCG's constitution was approved and its legally "
          + "required leadership posts were filled.");
  static final Reference TRANSFER_SCHEMES_2022 = new Reference("transfer-schemes-2022",
      "Mills & Reeve, Integrated Care Boards to get the commissioning function (2021)",
      "https://www.mills-reeve.com/insights/publications/integrated-care-boards-to-get-the-commissioning",
      COMMENTARY,
      "On the abolition of CCGs, transfer schemes transfer the property, rights and liabilities of each CCG to "
          + "NHS England or an ICB: the ICBs are the CCGs' successors.");
  static final Reference BOUNDARY_PROCEDURE = new Reference("icb-boundary-procedure",
      "NHS England, Integrated care system boundary changes and mergers procedure (2023; 2025 guidance for "
          + "mergers on 1 April 2026 and 1 April 2027)",
      "https://www.england.nhs.uk/publication/integrated-care-system-boundary-changes-and-mergers-procedure",
      GUIDANCE,
      "How ICB boundary changes and mergers are applied for and implemented; the 2025 guidance supports the "
          + "mergers and boundary changes NHS England leads, taking effect on 1 April 2026 and 1 April 2027.");
  static final Reference VACCINATION_DELEGATION = new Reference("vaccination-delegation-2025",
      "NHS England board, Delegation proposals for vaccination and screening (6 February 2025)",
      "https://www.england.nhs.uk/long-read/delegation-proposals-for-vaccination-and-screening", GUIDANCE,
      "NHS England's board approved delegating the significant majority of vaccination and screening services "
          + "to ICBs on 1 April 2026, keeping a small number of functions (health and justice, child health "
          + "information services) with NHS England.");
  static final Reference SPECIALISED_DELEGATION = new Reference("specialised-delegation-2025",
      "NHS England board, Commissioning integration: delegation of specialised services to ICBs 2025/26",
      "https://www.england.nhs.uk/long-read/commissioning-integration-delegation-of-specialised-services-to-"
          + "integrated-care-boards-2025-26/",
      GUIDANCE,
      "59 specialised services were delegated to ICBs in the North West, Midlands and East of England from April "
          + "2024, and 70 to all ICBs from April 2025; NHS England remains the accountable commissioner; "
          + "highly specialised services stay with NHS England.");
  static final Reference INTEREST_KINDS = new Reference("interest-kinds",
      "NHS Employers, Managing conflicts of interest",
      "https://www.nhsemployers.org/your-workforce/need-to-know/managing-conflicts-of-interest", COMMENTARY,
      "Interests are financial, non-financial professional, non-financial personal, or indirect (held through a "
          + "close associate such as a relative, close friend or business partner).");
  static final Reference BMJ_2015 = new Reference("bmj-2015",
      "BMJ 2015; 351: h6000, investigation of CCG contracts and board members' interests",
      "https://www.bmj.com/content/351/bmj.h6000", COMMENTARY,
      "An investigation of 151 of the 209 CCGs found contracts worth at least £2.4bn awarded to organisations in "
          + "which board members had interests.");
  static final Reference PCCC_STUDY = new Reference("pccc-study-2017",
      "Moran and others, How are clinical commissioning groups managing conflicts of interest under primary "
          + "care co-commissioning in England? A qualitative analysis, BMJ Open 2017; 7 (11): e018422",
      "https://bmjopen.bmj.com/content/7/11/e018422", COMMENTARY,
      "In the committees studied, one to three GPs or practice members had votes, quorum needed a lay member and "
          + "an executive, and conflicted GPs were excluded inconsistently.");

  private Sources() {
  }

  /** Returns every source, in the order of {@code docs/sources.md}. */
  static List<Reference> all() {
    return List.of(NHS_ACT_13Z, NHS_ACT_14O, NHS_ACT_65Z5, NHS_ACT_SCHEDULE_1B, NHS_ACT_75, CCG_REGULATIONS, LEGISLATIVE_REFORM_ORDER,
        PROCUREMENT_REGULATIONS, PROVIDER_SELECTION_REGIME, CONFLICTS_GUIDANCE, DELEGATION_GUIDANCE, ICB_GOVERNANCE,
        PRIMARY_CARE_FAQ, PRIMARY_CARE_DELEGATION, PUBLIC_HEALTH_AGREEMENT, CO_COMMISSIONING_STUDY,
        COMMITTEES_IN_COMMON, HEALTH_COMMITTEE_2018, COMMISSIONING_SUPPORT, KINGS_FUND_CONTRACTING,
        AUDIT_COMMISSION_2005, PCN_COVERAGE, CCG_MERGERS, TRANSFER_SCHEMES_2022, BOUNDARY_PROCEDURE,
        VACCINATION_DELEGATION, SPECIALISED_DELEGATION, INTEREST_KINDS,
        BMJ_2015, PCCC_STUDY);
  }
}
