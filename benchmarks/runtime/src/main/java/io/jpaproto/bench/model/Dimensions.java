package io.jpaproto.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The packed size and weight of a product. */
@Embeddable
public class Dimensions {
  /** Width in millimetres. */
  @Column(nullable = false)
  private int widthMm;

  /** Height in millimetres. */
  @Column(nullable = false)
  private int heightMm;

  /** Depth in millimetres. */
  @Column(nullable = false)
  private int depthMm;

  /** Shipping weight in kilograms. */
  @Column(nullable = false)
  private double weightKg;

  public Dimensions() {
  }

  public Dimensions(int widthMm, int heightMm, int depthMm, double weightKg) {
    this.widthMm = widthMm;
    this.heightMm = heightMm;
    this.depthMm = depthMm;
    this.weightKg = weightKg;
  }

  public int getWidthMm() {
    return widthMm;
  }

  public void setWidthMm(int widthMm) {
    this.widthMm = widthMm;
  }

  public int getHeightMm() {
    return heightMm;
  }

  public void setHeightMm(int heightMm) {
    this.heightMm = heightMm;
  }

  public int getDepthMm() {
    return depthMm;
  }

  public void setDepthMm(int depthMm) {
    this.depthMm = depthMm;
  }

  public double getWeightKg() {
    return weightKg;
  }

  public void setWeightKg(double weightKg) {
    this.weightKg = weightKg;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dimensions d
        && widthMm == d.widthMm
        && heightMm == d.heightMm
        && depthMm == d.depthMm
        && Double.compare(weightKg, d.weightKg) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(widthMm, heightMm, depthMm, weightKg);
  }

  @Override
  public String toString() {
    return widthMm + "x" + heightMm + "x" + depthMm + "mm " + weightKg + "kg";
  }
}
