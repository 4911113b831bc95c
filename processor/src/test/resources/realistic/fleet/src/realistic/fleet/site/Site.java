package realistic.fleet.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URL;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.TimeZone;

/** A location that operates devices: where it is, how it bills and when it reports, in JDK types Hibernate maps. */
@Entity
@Table(name = "site")
public class Site {
  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, length = 120)
  private String name;

  /** The language of reports and labels. */
  @Column(nullable = false)
  private Locale locale;

  /** The currency invoices are in. */
  private Currency currency;

  /** The legacy time zone the building-management system uses. */
  @Column(name = "legacy_time_zone")
  private TimeZone legacyTimeZone;

  private ZoneId zone;

  @Column(name = "standard_offset")
  private ZoneOffset standardOffset;

  private URL homepage;

  @Column(name = "support_uri")
  private URI supportUri;

  /** A short site code, kept as characters. */
  @Column(length = 8)
  private char[] code;

  @Column(name = "founded_in")
  private Year foundedIn;

  @Column(name = "contract_start")
  private YearMonth contractStart;

  @Column(name = "inspection_due")
  private MonthDay inspectionDue;

  private Period warranty;

  @Column(name = "daily_report_at")
  private OffsetTime dailyReportAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Locale getLocale() {
    return locale;
  }

  public void setLocale(Locale locale) {
    this.locale = locale;
  }

  public Currency getCurrency() {
    return currency;
  }

  public void setCurrency(Currency currency) {
    this.currency = currency;
  }

  public TimeZone getLegacyTimeZone() {
    return legacyTimeZone;
  }

  public void setLegacyTimeZone(TimeZone legacyTimeZone) {
    this.legacyTimeZone = legacyTimeZone;
  }

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  public ZoneOffset getStandardOffset() {
    return standardOffset;
  }

  public void setStandardOffset(ZoneOffset standardOffset) {
    this.standardOffset = standardOffset;
  }

  public URL getHomepage() {
    return homepage;
  }

  public void setHomepage(URL homepage) {
    this.homepage = homepage;
  }

  public URI getSupportUri() {
    return supportUri;
  }

  public void setSupportUri(URI supportUri) {
    this.supportUri = supportUri;
  }

  public char[] getCode() {
    return code;
  }

  public void setCode(char[] code) {
    this.code = code;
  }

  public Year getFoundedIn() {
    return foundedIn;
  }

  public void setFoundedIn(Year foundedIn) {
    this.foundedIn = foundedIn;
  }

  public YearMonth getContractStart() {
    return contractStart;
  }

  public void setContractStart(YearMonth contractStart) {
    this.contractStart = contractStart;
  }

  public MonthDay getInspectionDue() {
    return inspectionDue;
  }

  public void setInspectionDue(MonthDay inspectionDue) {
    this.inspectionDue = inspectionDue;
  }

  public Period getWarranty() {
    return warranty;
  }

  public void setWarranty(Period warranty) {
    this.warranty = warranty;
  }

  public OffsetTime getDailyReportAt() {
    return dailyReportAt;
  }

  public void setDailyReportAt(OffsetTime dailyReportAt) {
    this.dailyReportAt = dailyReportAt;
  }
}
