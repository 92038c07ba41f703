package io.github.commissioning.examples;

import static java.util.Objects.requireNonNull;

import io.github.commissioning.geography.Area;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Law;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Succession;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.model.TransferId;
import io.github.commissioning.model.TransferKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The January 2022 geography of England and its organisations, loaded from the real NHS Digital and ODS
 * files bundled with the examples (Open Government Licence v3.0).
 * <p>
 * 6,527 GP practice populations are the areas; PCNs are explicit sets of practices (PCNs may straddle
 * CCGs); CCGs are explicit sets of practices; STPs are unions of CCGs; regions are unions of STPs; England
 * is the union of the regions. The organisations are NHS England, the 7 regional teams, the 42 STP
 * partnerships (integrated care systems from April 2021 until 30 June 2022; there were 44 STPs in 2016), the
 * 106 CCGs with their real ODS open dates (closed on 30 June 2022, when
 * CCGs were abolished, unless ODS closed them sooner), the PCNs, the practices, and the open NHS trusts.
 * <p>
 * From 1 July 2022: the 42 ICBs, each with the ODS code its STP had, and each CCG area a sub-ICB location
 * keeping its code. Which ICB a sub-ICB location belongs to is the ODS CCG file's fourth column; that puts
 * Bassetlaw (02Q) in Nottingham and Nottinghamshire (QT1). Glossop's practices, which moved from Tameside and
 * Glossop to Derby and Derbyshire (QJ2) that day, are not in the file: they are derived as the Tameside and
 * Glossop CCG practices whose postcode district is SK13 (Glossop). {@link #transfers2022()} states the
 * abolition of each CCG with its ICB as successor for its area.
 * <p>
 * The practice file lists 1,255 PCN codes, one of which, {@code U}, is the placeholder for the 68
 * practices not yet in a PCN: they are modelled as practices outside any PCN, so there are 1,254 PCNs.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class England {

  /** The last day of CCGs, from the law's table. */
  static final LocalDate CCGS_ABOLISHED_AFTER = Law.england().lifetimeOf(OrganisationKind.CCG).end().orElseThrow();

  /** NHS England's ODS code. */
  public static final OrganisationId NHS_ENGLAND = OrganisationId.of("X24");
  /** England's ONS code, the id of the national footprint. */
  public static final FootprintId ENGLAND = FootprintId.of("E92000001");
  /** The placeholder PCN code of practices not in a PCN. */
  static final String UNALLOCATED = "U";

  private static final String DATA = "/io/github/commissioning/examples/data/";
  private static final DateTimeFormatter ODS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final LocalDate PCNS_FORMED = LocalDate.of(2019, 7, 1);
  /**
   * The 42 footprints of the January 2022 file were integrated care systems from April 2021 (there were 44 STPs
   * in 2016): their partnerships are modelled from then.
   */
  private static final LocalDate ICSS_FORMED = LocalDate.of(2021, 4, 1);

  /** A CCG as ODS records it: code, name, open and close dates, parent STP. */
  public static final class Ccg {
    private final OrganisationId id;
    private final String name;
    private final DateRange existence;
    private final String stp;

    Ccg(OrganisationId id, String name, DateRange existence, String stp) {
      this.id = id;
      this.name = name;
      this.existence = existence;
      this.stp = stp;
    }

    /**
     * Returns the ODS code.
     *
     * @return the ODS code
     */
    public OrganisationId id() {
      return id;
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Returns the open and close dates.
     *
     * @return the open and close dates
     */
    public DateRange existence() {
      return existence;
    }

    /**
     * Returns the ODS code of its STP in the ODS file.
     *
     * @return the ODS code of its STP in the ODS file
     */
    public String stp() {
      return stp;
    }
  }

  private final List<Area> areas = new ArrayList<>();
  private final List<Footprint> footprints = new ArrayList<>();
  private final List<Organisation> organisations = new ArrayList<>();
  private final List<Affiliation> affiliations = new ArrayList<>();
  private final Map<String, FootprintId> footprintOfOrganisation = new LinkedHashMap<>();
  private final Map<String, String> regionOfCcg = new TreeMap<>();
  private final Map<String, String> regionNames = new TreeMap<>();
  private final Map<String, List<String>> practicesOfCcg = new TreeMap<>();
  private final Map<String, String> postcodes = new LinkedHashMap<>();
  private final Map<String, Ccg> allCcgs = new TreeMap<>();
  private final Map<String, String> icbOfCcg = new TreeMap<>();
  private final Map<String, String> icbNames = new TreeMap<>();
  private final List<String> glossop = new ArrayList<>();
  private final int unallocatedPractices;

  /**
   * The data once loaded, kept while memory allows: about 4 MB, which a caller who builds one arrangement and keeps
   * it should not go on paying for.
   */
  private static volatile SoftReference<@Nullable England> loaded = new SoftReference<>(null);

  private England() {
    Map<String, CSVRecord> ccgRecords = new LinkedHashMap<>();
    for (CSVRecord record : read("england-ccgs-ods-all.csv", CSVFormat.DEFAULT)) {
      ccgRecords.put(record.get(0), record);
    }
    Map<String, List<AreaId>> pcnPractices = new TreeMap<>();
    Map<String, String> pcnNames = new TreeMap<>();
    Map<String, List<FootprintId>> ccgsOfStp = new TreeMap<>();
    Map<String, List<FootprintId>> stpsOfRegion = new TreeMap<>();
    Map<String, String[]> ccgInfo = new TreeMap<>();
    Map<String, String[]> stpInfo = new TreeMap<>();
    Map<String, String> regionOns = new TreeMap<>();
    Map<String, List<AreaId>> ccgAreas = new TreeMap<>();
    int unallocated = 0;
    for (CSVRecord r : read("england-gp-practices-2022-01.csv", CSVFormat.DEFAULT.builder().setHeader()
        .setSkipHeaderRecord(true).get())) {
      String practice = r.get("PRACTICE_CODE");
      AreaId area = AreaId.of(practice);
      areas.add(Area.of(area, titleCase(r.get("PRACTICE_NAME"))));
      postcodes.put(practice, r.get("PRACTICE_POSTCODE"));
      organisations.add(Organisation.of(OrganisationId.of(practice), titleCase(r.get("PRACTICE_NAME")),
          OrganisationKind.GP_PRACTICE));
      String pcn = r.get("PCN_CODE");
      if (pcn.equals(UNALLOCATED)) {
        unallocated++;
      } else {
        pcnPractices.computeIfAbsent(pcn, k -> new ArrayList<>()).add(area);
        pcnNames.putIfAbsent(pcn, titleCase(r.get("PCN_NAME")));
        affiliations.add(Affiliation.of(OrganisationId.of(practice), AffiliationKind.MEMBER_OF, OrganisationId.of(pcn),
            DateRange.startingOn(PCNS_FORMED)));
      }
      String ccg = r.get("CCG_CODE");
      ccgAreas.computeIfAbsent(ccg, k -> new ArrayList<>()).add(area);
      practicesOfCcg.computeIfAbsent(ccg, k -> new ArrayList<>()).add(practice);
      ccgInfo.putIfAbsent(ccg, new String[] {r.get("ONS_CCG_CODE"), r.get("CCG_NAME"), r.get("STP_CODE")});
      stpInfo.putIfAbsent(r.get("STP_CODE"), new String[] {r.get("ONS_STP_CODE"), r.get("STP_NAME"),
          r.get("COMM_REGION_CODE")});
      regionOns.putIfAbsent(r.get("COMM_REGION_CODE"), r.get("ONS_COMM_REGION_CODE"));
      regionNames.putIfAbsent(r.get("COMM_REGION_CODE"), r.get("COMM_REGION_NAME"));
      regionOfCcg.putIfAbsent(ccg, r.get("COMM_REGION_CODE"));
    }
    this.unallocatedPractices = unallocated;
    pcnPractices.forEach((pcn, practices) -> {
      FootprintId id = FootprintId.of(pcn);
      String pcnName = requireNonNull(pcnNames.get(pcn), pcn);
      footprints.add(Footprint.of(id, pcnName, FootprintLevel.NEIGHBOURHOOD, practices));
      organisations.add(Organisation.of(OrganisationId.of(pcn), pcnName, OrganisationKind.PCN, id));
      footprintOfOrganisation.put(pcn, id);
    });
    ccgInfo.forEach((ccg, info) -> {
      FootprintId id = FootprintId.of(info[0]);
      footprints.add(Footprint.of(id, info[1], FootprintLevel.PLACE, requireNonNull(ccgAreas.get(ccg), ccg)));
      CSVRecord ods = ccgRecords.get(ccg);
      if (ods == null) {
        throw new IllegalStateException("CCG " + ccg + " (" + info[1] + ") of the practice file is missing from "
            + "the ODS CCG file england-ccgs-ods-all.csv; the two files must come from the same release");
      }
      LocalDate open = LocalDate.parse(ods.get(10), ODS_DATE);
      LocalDate close = ods.get(11).isEmpty() ? CCGS_ABOLISHED_AFTER : LocalDate.parse(ods.get(11), ODS_DATE);
      organisations.add(Organisation.builder().id(OrganisationId.of(ccg)).name(info[1]).kind(OrganisationKind.CCG)
          .footprint(id).existence(DateRange.of(open, close)).build());
      footprintOfOrganisation.put(ccg, id);
      ccgsOfStp.computeIfAbsent(info[2], k -> new ArrayList<>()).add(id);
      affiliations.add(Affiliation.of(OrganisationId.of(ccg), AffiliationKind.MEMBER_OF, stpOrganisation(info[2]),
          DateRange.of(open.isAfter(ICSS_FORMED) ? open : ICSS_FORMED, close)));
    });
    stpInfo.forEach((stp, info) -> {
      FootprintId id = FootprintId.of(info[0]);
      footprints.add(Footprint.union(id, info[1], FootprintLevel.SYSTEM, requireNonNull(ccgsOfStp.get(stp), stp)));
      organisations.add(Organisation.builder().id(stpOrganisation(stp)).name(info[1] + " ICS")
          .kind(OrganisationKind.ICS).footprint(id).existence(DateRange.of(ICSS_FORMED, CCGS_ABOLISHED_AFTER))
          .build());
      footprintOfOrganisation.put(stp, id);
      stpsOfRegion.computeIfAbsent(info[2], k -> new ArrayList<>()).add(id);
    });
    List<FootprintId> regions = new ArrayList<>();
    stpsOfRegion.forEach((region, stps) -> {
      FootprintId id = FootprintId.of(requireNonNull(regionOns.get(region), region));
      String regionName = requireNonNull(regionNames.get(region), region);
      footprints.add(Footprint.union(id, regionName, FootprintLevel.REGION, stps));
      organisations.add(Organisation.of(OrganisationId.of(region), "NHS England " + regionName,
          OrganisationKind.REGIONAL_TEAM, id));
      affiliations.add(Affiliation.of(OrganisationId.of(region), AffiliationKind.PART_OF, NHS_ENGLAND, DateRange.ALWAYS));
      footprintOfOrganisation.put(region, id);
      regions.add(id);
    });
    footprints.add(Footprint.union(ENGLAND, "England", FootprintLevel.NATIONAL, regions));
    organisations.add(Organisation.of(NHS_ENGLAND, "NHS England", OrganisationKind.NHS_ENGLAND, ENGLAND));
    footprintOfOrganisation.put(NHS_ENGLAND.code(), ENGLAND);

    for (CSVRecord r : read("england-nhs-trusts-2022.csv", CSVFormat.DEFAULT)) {
      if (!r.get(11).isEmpty()) {
        continue;
      }
      String name = titleCase(r.get(1));
      OrganisationKind kind = name.toUpperCase(Locale.ROOT).contains("FOUNDATION TRUST")
          ? OrganisationKind.FOUNDATION_TRUST : OrganisationKind.NHS_TRUST;
      LocalDate open = LocalDate.parse(r.get(10), ODS_DATE);
      organisations.add(Organisation.builder().id(OrganisationId.of(r.get(0))).name(name).kind(kind)
          .existence(DateRange.startingOn(open)).build());
      if (stpInfo.containsKey(r.get(3))) {
        affiliations.add(Affiliation.of(OrganisationId.of(r.get(0)), AffiliationKind.MEMBER_OF,
            stpOrganisation(r.get(3)), DateRange.of(open.isAfter(ICSS_FORMED) ? open : ICSS_FORMED,
                CCGS_ABOLISHED_AFTER)));
      }
    }
    // the ICBs of 1 July 2022: each sub-ICB location (a CCG area) in the ICB the ODS file gives it
    Map<String, List<AreaId>> icbAreas = new TreeMap<>();
    ccgInfo.forEach((ccg, info) -> {
      CSVRecord ods = requireNonNull(ccgRecords.get(ccg), ccg);
      String icb = ods.get(3);
      icbOfCcg.put(ccg, icb);
      String odsName = ods.get(1);
      if (odsName.contains(" - ")) {
        icbNames.putIfAbsent(icb, titleCase(odsName.substring(0, odsName.indexOf(" - "))));
      }
      for (String practice : requireNonNull(practicesOfCcg.get(ccg), ccg)) {
        boolean toDerbyshire = ccg.equals(TAMESIDE_AND_GLOSSOP)
            && requireNonNull(postcodes.get(practice), practice).startsWith(GLOSSOP_DISTRICT);
        if (toDerbyshire) {
          glossop.add(practice);
        }
        icbAreas.computeIfAbsent(toDerbyshire ? DERBY_AND_DERBYSHIRE : icb, k -> new ArrayList<>())
            .add(AreaId.of(practice));
      }
    });
    Set<String> abolished2026 = new HashSet<>();
    MERGERS_2026.forEach((newIcb, parts) -> parts.forEach(part -> abolished2026.add(part[0])));
    icbAreas.forEach((icb, icbArea) -> {
      String name = requireNonNull(icbNames.get(icb), icb);
      FootprintId id = icbFootprint(icb);
      footprints.add(Footprint.of(id, name + " (from 1 July 2022)", FootprintLevel.SYSTEM, icbArea));
      organisations.add(Organisation.builder().id(OrganisationId.of(icb)).name(name).kind(OrganisationKind.ICB)
          .footprint(id).existence(abolished2026.contains(icb) ? DateRange.of(ICBS_ESTABLISHED,
              ICBS_MERGED_2026.minusDays(1)) : DateRange.startingOn(ICBS_ESTABLISHED)).build());
    });
    // Frimley's parts, below its one sub-ICB location: its practices by postcode district
    Map<String, List<AreaId>> frimleyParts = new TreeMap<>();
    for (String practice : requireNonNull(practicesOfCcg.get(FRIMLEY), FRIMLEY)) {
      String district = requireNonNull(postcodes.get(practice), practice).split(" ")[0];
      String part = FRIMLEY_PARTS.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(
              d -> d.endsWith("*") ? district.startsWith(d.substring(0, d.length() - 1)) : district.equals(d)))
          .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new IllegalStateException("Frimley practice "
              + practice + " in postcode district " + district + " is in none of " + FRIMLEY_PARTS.keySet()));
      frimleyParts.computeIfAbsent(part, k -> new ArrayList<>()).add(AreaId.of(practice));
    }
    frimleyParts.forEach((part, partAreas) -> footprints.add(Footprint.of(FootprintId.of(part),
        requireNonNull(FRIMLEY_PART_NAMES.get(part), part), FootprintLevel.PLACE, partAreas)));
    // the new ICBs of 1 April 2026, each the union of whole sub-ICB locations, and parts of Frimley, of the ICBs
    // it replaces
    MERGERS_2026.forEach((newIcb, parts) -> {
      List<FootprintId> pieces = new ArrayList<>();
      for (String[] part : parts) {
        for (int k = 1; k < part.length; k++) {
          pieces.add(FRIMLEY_PARTS.containsKey(part[k]) ? FootprintId.of(part[k])
              : FootprintId.of(requireNonNull(ccgInfo.get(part[k]), part[k])[0]));
        }
      }
      FootprintId id = icbFootprint2026(newIcb);
      String name = requireNonNull(NAMES_2026.get(newIcb), newIcb);
      footprints.add(Footprint.union(id, name + " (from 1 April 2026)", FootprintLevel.SYSTEM, pieces));
      organisations.add(Organisation.builder().id(OrganisationId.of(newIcb)).name(name).kind(OrganisationKind.ICB)
          .footprint(id).existence(DateRange.startingOn(ICBS_MERGED_2026)).build());
    });
    ccgRecords.forEach((code, r) -> {
      if (code.length() == 3) {
        LocalDate open = LocalDate.parse(r.get(10), ODS_DATE);
        LocalDate close = r.get(11).isEmpty() ? CCGS_ABOLISHED_AFTER : LocalDate.parse(r.get(11), ODS_DATE);
        String name = ccgInfo.containsKey(code) ? ccgInfo.get(code)[1] : titleCase(r.get(1));
        allCcgs.put(code, new Ccg(OrganisationId.of(code), name, DateRange.of(open, close), r.get(3)));
      }
    });
  }

  /**
   * Returns England as of January 2022, loading the bundled files; the data are kept, while memory allows, for the
   * next call.
   *
   * @return the data, not null
   * @throws UncheckedIOException if a bundled file cannot be read
   */
  public static England load() {
    England result = loaded.get();
    if (result == null) {
      synchronized (England.class) {
        result = loaded.get();
        if (result == null) {
          result = new England();
          loaded = new SoftReference<>(result);
        }
      }
    }
    return result;
  }

  private static List<CSVRecord> read(String file, CSVFormat format) {
    InputStream in = England.class.getResourceAsStream(DATA + file);
    if (in == null) {
      throw new UncheckedIOException(new IOException("Bundled data file " + DATA + file + " is missing from the "
          + "classpath; rebuild commissioning-examples"));
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
      List<CSVRecord> records = new ArrayList<>();
      parser.forEach(records::add);
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled data file " + file + ": " + e.getMessage(), e);
    }
  }

  /** "THE DENSHAM SURGERY" → "The Densham Surgery"; keeps NHS, CCG, PCN, GP and similar in capitals. */
  static String titleCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String word : text.split(" ", -1)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      String upper = word.toUpperCase(Locale.ROOT);
      if (List.of("NHS", "CCG", "PCN", "GP", "ICB", "UK", "II", "III").contains(upper.replaceAll("[^A-Z]", ""))
          || !word.equals(upper) || word.chars().anyMatch(Character::isDigit)) {
        out.append(word);
      } else if (List.of("AND", "OF", "THE", "IN", "ON", "AT").contains(upper) && out.length() > 0) {
        out.append(word.toLowerCase(Locale.ROOT));
      } else {
        String[] parts = word.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
          String part = parts[i];
          boolean small = i > 0 && List.of("ON", "UPON", "LE", "THE", "IN", "BY").contains(part);
          out.append(i == 0 ? "" : "-").append(part.isEmpty() ? "" : small ? part.toLowerCase(Locale.ROOT)
              : part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out.toString();
  }

  /**
   * Returns the practice populations, with names.
   *
   * @return the practice populations, with names
   */
  public List<Area> areas() {
    return Collections.unmodifiableList(areas);
  }

  /**
   * Returns every footprint: England, regions, STPs, CCGs and PCNs.
   *
   * @return every footprint: England, regions, STPs, CCGs and PCNs
   */
  public List<Footprint> footprints() {
    return Collections.unmodifiableList(footprints);
  }

  /**
   * Returns every organisation loaded.
   *
   * @return every organisation loaded
   */
  public List<Organisation> organisations() {
    return Collections.unmodifiableList(organisations);
  }

  /**
   * Returns the affiliations: practices in PCNs, CCGs and trusts in STPs, regional teams in NHS England.
   *
   * @return the affiliations: practices in PCNs, CCGs and trusts in STPs, regional teams in NHS England
   */
  public List<Affiliation> affiliations() {
    return Collections.unmodifiableList(affiliations);
  }

  /**
   * Returns a builder holding the geography, organisations and affiliations, to which an example adds its
   * functions, duties and delegations.
   *
   * @return a new builder, not null
   */
  public Arrangement.Builder builder() {
    return Arrangement.builder().addAllAreas(areas).addAllFootprints(footprints).addAllOrganisations(organisations)
        .addAllAffiliations(affiliations);
  }

  /**
   * Returns the footprint of an organisation: a region, STP, CCG or PCN by its ODS code, or NHS England.
   *
   * @param odsCode the ODS code, not null
   * @return the footprint, not null
   * @throws IllegalArgumentException if no footprint belongs to that code
   */
  public FootprintId footprintOf(String odsCode) {
    FootprintId id = footprintOfOrganisation.get(odsCode);
    if (id == null) {
      throw new IllegalArgumentException("No footprint for ODS code '" + odsCode + "': give the code of a region "
          + "(Y63), an STP (QHM), a CCG (16C) or a PCN (U89141)");
    }
    return id;
  }

  /**
   * Returns the codes of the 106 CCGs of January 2022, in code order.
   *
   * @return the codes of the 106 CCGs of January 2022, in code order
   */
  public List<String> ccgCodes() {
    return List.copyOf(practicesOfCcg.keySet());
  }

  /**
   * Returns the codes of the 7 regions, in code order.
   *
   * @return the codes of the 7 regions, in code order
   */
  public List<String> regionCodes() {
    return List.copyOf(regionNames.keySet());
  }

  /**
   * Returns a region's name.
   *
   * @param regionCode the region's ODS code, such as Y63, not null
   * @return the name, or empty if there is no such region
   */
  public Optional<String> regionName(String regionCode) {
    return Optional.ofNullable(regionNames.get(regionCode));
  }

  /**
   * Returns the region of a January 2022 CCG.
   *
   * @param ccgCode the CCG's ODS code, not null
   * @return the region's ODS code, or empty if there is no such CCG
   */
  public Optional<String> regionOf(String ccgCode) {
    return Optional.ofNullable(regionOfCcg.get(ccgCode));
  }

  /**
   * Returns the practices of a January 2022 CCG.
   *
   * @param ccgCode the CCG's ODS code, not null
   * @return the practice codes in file order, empty if there is no such CCG
   */
  public List<String> practicesOf(String ccgCode) {
    return practicesOfCcg.getOrDefault(ccgCode, List.of());
  }

  /**
   * Returns a practice's postcode.
   *
   * @param practiceCode the practice code, not null
   * @return the postcode, or empty if there is no such practice
   */
  public Optional<String> postcodeOf(String practiceCode) {
    return Optional.ofNullable(postcodes.get(practiceCode));
  }

  /**
   * Returns any CCG ODS has ever opened, with its real open and close dates.
   *
   * @param code the ODS code, not null
   * @return the CCG, or empty if ODS has no such CCG
   */
  public Optional<Ccg> ccg(String code) {
    return Optional.ofNullable(allCcgs.get(code));
  }

  /** ICBs were established, and CCGs abolished, on 1 July 2022: the first day of ICBs in the law's table. */
  public static final LocalDate ICBS_ESTABLISHED = Law.england().lifetimeOf(OrganisationKind.ICB).start();

  /** Tameside and Glossop CCG, whose Glossop practices moved to Derby and Derbyshire ICB on 1 July 2022. */
  static final String TAMESIDE_AND_GLOSSOP = "01Y";
  /** Derby and Derbyshire ICB. */
  static final String DERBY_AND_DERBYSHIRE = "QJ2";
  /** Glossop's postcode district, by which its practices are told from Tameside's. */
  static final String GLOSSOP_DISTRICT = "SK13 ";

  /**
   * The organisation id of an ICS partnership before 1 July 2022: its ODS code with {@code -ICS}, since the ICB
   * of 1 July 2022 took the ODS code itself.
   */
  static OrganisationId stpOrganisation(String stpCode) {
    return OrganisationId.of(stpCode + "-ICS");
  }

  /**
   * Returns the footprint of an ICB from 1 July 2022: its sub-ICB locations, with Bassetlaw and Glossop where
   * they moved that day.
   *
   * @param icbCode the ICB's ODS code, such as {@code QHM}, not null
   * @return the footprint's id
   */
  public static FootprintId icbFootprint(String icbCode) {
    return FootprintId.of(icbCode + "-2022");
  }

  /**
   * Returns the codes of the 42 ICBs of 1 July 2022.
   *
   * @return the codes, in order
   */
  public List<String> icbCodes() {
    return List.copyOf(icbNames.keySet());
  }

  /**
   * Returns the ICB a CCG's area became a sub-ICB location of on 1 July 2022 (for Tameside and Glossop, the ICB
   * of Tameside; Glossop's practices went to Derby and Derbyshire).
   *
   * @param ccgCode the CCG's code, not null
   * @return the ICB's code, or empty if the CCG was not open in January 2022
   */
  public Optional<String> icbOf(String ccgCode) {
    return Optional.ofNullable(icbOfCcg.get(ccgCode));
  }

  /**
   * Returns the practices of Glossop, derived as the Tameside and Glossop CCG practices in postcode district SK13.
   *
   * @return the practice codes, in file order
   */
  public List<String> glossopPractices() {
    return List.copyOf(glossop);
  }

  /** The first ICB mergers and boundary changes took effect on 1 April 2026 (Written Ministerial Statement, 2025). */
  public static final LocalDate ICBS_MERGED_2026 = LocalDate.of(2026, 4, 1);

  /**
   * The new ICBs of 1 April 2026 that this loader models, each with the ICBs it replaces and which of their
   * sub-ICB locations it takes (by their CCG codes): the East of England's three (NHS England, "Changes to NHS
   * organisations in the East of England"), North West and North Central London (the Written Ministerial
   * Statement of 9 September 2025), Thames Valley (Buckinghamshire, Oxfordshire and Berkshire West with East
   * Berkshire from Frimley) and Surrey and Sussex (Surrey Heartlands and Sussex, with Surrey Heath and Farnham
   * from Frimley); Frimley's north east Hampshire goes to Hampshire and the Isle of Wight ICB. Frimley's parts
   * are below its one sub-ICB location and derived by postcode district (see the data README). The new ICBs'
   * ODS codes are not in the bundled data: their ids here are illustrative.
   */
  static final Map<String, List<String[]>> MERGERS_2026 = Map.of(
      "ICB-ESSEX", List.of(new String[] {"QH8", "99F", "99G", "99E", "07G", "06Q"}, new String[] {"QJG", "06T"},
          new String[] {"QM7", "07H"}),
      "ICB-CENTRAL-EAST", List.of(new String[] {"QHG", "M1J4Y"}, new String[] {"QUE", "06H"},
          new String[] {"QM7", "06K", "06N"}),
      "ICB-NORFOLK-SUFFOLK", List.of(new String[] {"QMM", "26A"}, new String[] {"QJG", "06L", "07K"}),
      "ICB-NW-NC-LONDON", List.of(new String[] {"QRV", "W2U3Z"}, new String[] {"QMJ", "93C"}),
      "ICB-THAMES-VALLEY", List.of(new String[] {"QU9", "10Q", "14Y", "15A"},
          new String[] {"QNQ", "FRIMLEY-EAST-BERKSHIRE"}),
      "ICB-SURREY-SUSSEX", List.of(new String[] {"QXU", "92A"}, new String[] {"QNX", "09D", "97R", "70F"},
          new String[] {"QNQ", "FRIMLEY-SURREY"}));

  /** Frimley CCG and sub-ICB location, split three ways on 1 April 2026. */
  static final String FRIMLEY = "D4U1Y";

  /**
   * Frimley's three parts, by its practices' postcode districts (derived; see the data README): East Berkshire
   * to Thames Valley; Surrey Heath and Farnham to Surrey and Sussex (TW20 with them: illustrative); north east
   * Hampshire (Rushmoor and part of Hart, 14 practices) to Hampshire and the Isle of Wight ICB.
   */
  static final Map<String, List<String>> FRIMLEY_PARTS = Map.of(
      "FRIMLEY-EAST-BERKSHIRE", List.of("SL*", "RG12", "RG42", "GU47"),
      "FRIMLEY-SURREY", List.of("GU9", "GU10", "GU15", "GU16", "GU18", "GU19", "TW20"),
      "FRIMLEY-NE-HAMPSHIRE", List.of("GU11", "GU12", "GU14", "GU17", "GU51", "GU52"));

  static final Map<String, String> FRIMLEY_PART_NAMES = Map.of(
      "FRIMLEY-EAST-BERKSHIRE", "East Berkshire (Frimley, derived by postcode)",
      "FRIMLEY-SURREY", "Surrey Heath and Farnham (Frimley, derived by postcode)",
      "FRIMLEY-NE-HAMPSHIRE", "North east Hampshire (Frimley, derived by postcode)");

  /** Hampshire and the Isle of Wight ICB, which gains north east Hampshire from Frimley on 1 April 2026. */
  static final String HAMPSHIRE_AND_IOW = "QRL";

  /** The names of the new ICBs of 1 April 2026, as the Written Ministerial Statement of 9 September 2025 gives them. */
  static final Map<String, String> NAMES_2026 = Map.of("ICB-ESSEX", "NHS Essex ICB",
      "ICB-CENTRAL-EAST", "NHS Central East ICB", "ICB-NORFOLK-SUFFOLK", "NHS Norfolk and Suffolk ICB",
      "ICB-NW-NC-LONDON", "NHS North West and North Central London ICB", "ICB-THAMES-VALLEY",
      "NHS Thames Valley ICB", "ICB-SURREY-SUSSEX", "NHS Surrey and Sussex ICB");

  /**
   * Returns the footprint of a new ICB of 1 April 2026.
   *
   * @param icb the new ICB's id, such as {@code ICB-ESSEX}, not null
   * @return the footprint's id
   */
  public static FootprintId icbFootprint2026(String icb) {
    return FootprintId.of(icb + "-2026");
  }

  /**
   * Returns the footprints that make up an ICB's area on a date: its own footprint, and, for Hampshire and the
   * Isle of Wight from 1 April 2026, north east Hampshire, which it took from Frimley without becoming a new ICB.
   *
   * @param icb the ICB's code or id, not null
   * @param date the date, not null
   * @return the footprints, not empty
   */
  public List<FootprintId> areaOf(String icb, LocalDate date) {
    FootprintId own = icb.startsWith("ICB-") ? icbFootprint2026(icb) : icbFootprint(icb);
    return icb.equals(HAMPSHIRE_AND_IOW) && !date.isBefore(ICBS_MERGED_2026)
        ? List.of(own, FootprintId.of("FRIMLEY-NE-HAMPSHIRE")) : List.of(own);
  }

  /**
   * Returns the ids of the new ICBs of 1 April 2026 that this loader models (illustrative ids; see the class
   * documentation).
   *
   * @return the ids, in order
   */
  public List<String> icbCodes2026() {
    return List.copyOf(new TreeSet<>(MERGERS_2026.keySet()));
  }

  /**
   * Returns the abolition on 1 April 2026 of each ICB the modelled new ICBs replace: a merger where all its
   * sub-ICB locations go to one new ICB, a split where they go to two (Hertfordshire and West Essex;
   * Suffolk and North East Essex), with each new ICB as successor for its part.
   *
   * @return the transfers, in ICB code order
   */
  public List<Transfer> transfers2026() {
    Map<String, Set<String>> successorsOf = new TreeMap<>();
    MERGERS_2026.forEach((newIcb, parts) -> parts.forEach(part ->
        successorsOf.computeIfAbsent(part[0], k -> new TreeSet<>()).add(newIcb)));
    List<Transfer> transfers = new ArrayList<>();
    successorsOf.forEach((icb, successors) -> {
      Transfer.Builder transfer = Transfer.builder().id(TransferId.of(icb + "-2026")).predecessor(OrganisationId.of(icb))
          .date(ICBS_MERGED_2026).kind(successors.size() > 1 ? TransferKind.SPLIT : TransferKind.MERGER)
          .instrument("ICB mergers of 1 April 2026 (Written Ministerial Statement, 9 September 2025)");
      for (String successor : successors) {
        transfer.addSuccessions(Succession.of(OrganisationId.of(successor), icbFootprint2026(successor)));
      }
      if (icb.equals("QNQ")) {
        transfer.addSuccessions(Succession.of(OrganisationId.of(HAMPSHIRE_AND_IOW),
            FootprintId.of("FRIMLEY-NE-HAMPSHIRE")));
        transfer.kind(TransferKind.SPLIT);
      }
      transfers.add(transfer.build());
    });
    return transfers;
  }

  /**
   * Returns the abolition of each of the 106 CCGs on 1 July 2022, each with the ICB of its area as successor
   * for every function; Tameside and Glossop's has two successors, Greater Manchester for Tameside and Derby
   * and Derbyshire for Glossop. Add them to an arrangement to carry its CCG-era duties, delegations, contracts
   * and seats into the ICBs.
   *
   * @return the transfers, in CCG code order
   */
  public List<Transfer> transfers2022() {
    List<Transfer> transfers = new ArrayList<>();
    icbOfCcg.forEach((ccg, icb) -> {
      Transfer.Builder transfer = Transfer.builder().id(TransferId.of(ccg + "-ICB-2022")).predecessor(OrganisationId.of(ccg))
          .date(ICBS_ESTABLISHED).kind(TransferKind.ABOLITION)
          .instrument("Health and Care Act 2022; the Integrated Care Boards (Establishment) Order 2022")
          .addSuccessions(Succession.of(OrganisationId.of(icb), icbFootprint(icb)));
      if (ccg.equals(TAMESIDE_AND_GLOSSOP)) {
        transfer.addSuccessions(Succession.of(OrganisationId.of(DERBY_AND_DERBYSHIRE),
            icbFootprint(DERBY_AND_DERBYSHIRE)));
      }
      transfers.add(transfer.build());
    });
    return transfers;
  }

  /**
   * A place the examples can be asked about, by code: an NHS England region, a CCG (from 1 July 2022 a sub-ICB
   * location), an STP or ICS (from 1 July 2022 the ICB with its code) or a new ICB of 1 April 2026.
   *
   * @param code the code asked for, such as {@code Y61}, {@code 06H}, {@code QUE} or {@code ICB-CENTRAL-EAST}
   * @param name what the code named on the date asked about
   * @param footprints the footprints that make up its area on that date, not empty
   */
  public record Place(String code, String name, List<FootprintId> footprints) {
    /**
     * Checks and copies the footprints.
     *
     * @param code the code, not null
     * @param name the name, not null
     * @param footprints the footprints, not null or empty
     */
    public Place {
      requireNonNull(code, "code");
      requireNonNull(name, "name");
      footprints = List.copyOf(footprints);
      if (footprints.isEmpty()) {
        throw new IllegalArgumentException("Place " + code + " has no footprint: give at least one");
      }
    }
  }

  /**
   * Resolves a code to a place on a date, across the whole timeline: a region code, a CCG code of 2021 (a
   * sub-ICB location after 1 July 2022), an STP or ICS code of 2021 (the ICB with that code from 1 July 2022,
   * with its area on the date) or the id of a new ICB of 1 April 2026 (its area, before that day the area it
   * will take).
   *
   * @param code the code, such as {@code Y61}, {@code 06H}, {@code QUE} or {@code ICB-CENTRAL-EAST}, not null
   * @param date the date asked about, not null
   * @return the place, or empty if no region, CCG, STP, ICB or new ICB has that code
   */
  public Optional<Place> place(String code, LocalDate date) {
    requireNonNull(code, "code");
    requireNonNull(date, "date");
    String region = regionNames.get(code);
    if (region != null) {
      return Optional.of(new Place(code, region + " (NHS England region)", List.of(footprintOf(code))));
    }
    String merged = NAMES_2026.get(code);
    if (merged != null) {
      return Optional.of(new Place(code, merged + (date.isBefore(ICBS_MERGED_2026)
          ? " (illustrative id; the area it takes on " + ICBS_MERGED_2026 + ")" : " (illustrative id)"),
          List.of(icbFootprint2026(code))));
    }
    String icb = icbNames.get(code);
    if (icb != null) {
      if (date.isBefore(ICBS_ESTABLISHED)) {
        String stp = organisations.stream().filter(o -> o.id().equals(stpOrganisation(code))).findFirst()
            .map(Organisation::name).orElse(code);
        return Optional.of(new Place(code, stp + " (before ICBs)", List.of(footprintOf(code))));
      }
      boolean gone = MERGERS_2026.values().stream().flatMap(List::stream).anyMatch(part -> part[0].equals(code));
      return Optional.of(new Place(code, icb + (gone && !date.isBefore(ICBS_MERGED_2026)
          ? " (abolished on " + ICBS_MERGED_2026 + "; its former area)" : ""), gone ? List.of(icbFootprint(code))
          : areaOf(code, date)));
    }
    Ccg ccg = allCcgs.get(code);
    if (ccg != null && footprintOfOrganisation.containsKey(code)) {
      return Optional.of(new Place(code, ccg.name() + (date.isBefore(ICBS_ESTABLISHED) ? ""
          : " (a sub-ICB location from " + ICBS_ESTABLISHED + ")"), List.of(footprintOf(code))));
    }
    return Optional.empty();
  }

  /** The first day of the 2021/22 configuration of 106 CCGs. */
  public static final LocalDate CONFIGURATION_2021 = LocalDate.of(2021, 4, 1);

  /**
   * Returns a duty for a function held by each of the 106 CCGs over its own footprint, from 1 April 2021
   * (when the last mergers took effect) until CCGs were abolished on 30 June 2022.
   *
   * @param function the function, not null
   * @return the duties, in CCG code order
   */
  public List<Duty> ccgDuties(FunctionId function) {
    List<Duty> duties = new ArrayList<>();
    for (String ccg : ccgCodes()) {
      duties.add(Duty.of(OrganisationId.of(ccg), function, footprintOf(ccg),
          DateRange.of(CONFIGURATION_2021, CCGS_ABOLISHED_AFTER)));
    }
    return duties;
  }

  /**
   * Returns the number of practices in no PCN (the file's placeholder PCN {@code U}).
   *
   * @return the number of practices in no PCN (the file's placeholder PCN {@code U})
   */
  public int unallocatedPractices() {
    return unallocatedPractices;
  }
}
