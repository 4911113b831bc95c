package golden.store;

import golden.store.proto.PurchaseOrderOrderStatus;
import javax.annotation.processing.Generated;

/**
 * Converts between {@link PurchaseOrder.OrderStatus} and the proto enum {@link PurchaseOrderOrderStatus}, by constant name.
 */
@Generated("io.jpaproto.processor.JpaProtoProcessor")
public final class PurchaseOrderOrderStatusProtoMapper {
  private PurchaseOrderOrderStatusProtoMapper() {
  }

  /**
   * Returns the proto value of a non-null constant.
   */
  public static PurchaseOrderOrderStatus toProto(PurchaseOrder.OrderStatus value) {
    return switch (value) {
      case OPEN -> PurchaseOrderOrderStatus.PURCHASE_ORDER_ORDER_STATUS_OPEN;
      case PAID -> PurchaseOrderOrderStatus.PURCHASE_ORDER_ORDER_STATUS_PAID;
      case SHIPPED -> PurchaseOrderOrderStatus.PURCHASE_ORDER_ORDER_STATUS_SHIPPED;
    };
  }

  /**
   * Returns the constant of a proto value, {@code null} for the {@code _UNSPECIFIED} value;
   * throws {@link IllegalArgumentException} naming {@code field} for an unknown number.
   */
  public static PurchaseOrder.OrderStatus fromProto(PurchaseOrderOrderStatus value, String field) {
    return switch (value) {
      case PURCHASE_ORDER_ORDER_STATUS_UNSPECIFIED -> null;
      case PURCHASE_ORDER_ORDER_STATUS_OPEN -> PurchaseOrder.OrderStatus.OPEN;
      case PURCHASE_ORDER_ORDER_STATUS_PAID -> PurchaseOrder.OrderStatus.PAID;
      case PURCHASE_ORDER_ORDER_STATUS_SHIPPED -> PurchaseOrder.OrderStatus.SHIPPED;
      case UNRECOGNIZED -> throw new IllegalArgumentException(
          "field " + field + ": a PurchaseOrderOrderStatus number this version does not know");
    };
  }
}
