package io.jpaproto.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shape the processor's type table relies on, and the null contract of every conversion. */
class ContractTest {

  static final List<Class<?>> CLASSES =
      List.of(
          TimestampConversions.class,
          DurationConversions.class,
          DateConversions.class,
          TimeOfDayConversions.class,
          DateTimeConversions.class,
          StringConversions.class,
          Int64Conversions.class,
          Int32Conversions.class,
          BytesConversions.class,
          DecimalConversions.class);

  private static List<Method> publicMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())) {
        methods.add(m);
      }
    }
    methods.sort(Comparator.comparing(Method::toString));
    return methods;
  }

  @Test
  void classesAreFinalUtilityClasses() {
    for (Class<?> type : CLASSES) {
      assertTrue(Modifier.isPublic(type.getModifiers()), type.getName());
      assertTrue(Modifier.isFinal(type.getModifiers()), type.getName());
      Constructor<?>[] constructors = type.getDeclaredConstructors();
      assertEquals(1, constructors.length, type.getName());
      assertTrue(Modifier.isPrivate(constructors[0].getModifiers()), type.getName());
      assertEquals(0, constructors[0].getParameterCount(), type.getName());
      assertFalse(publicMethods(type).isEmpty(), type.getName());
    }
  }

  @Test
  void everyPublicMethodIsStaticTakingAValueAndTheFieldName() {
    for (Class<?> type : CLASSES) {
      for (Method m : publicMethods(type)) {
        assertTrue(Modifier.isStatic(m.getModifiers()), m.toString());
        assertEquals(2, m.getParameterCount(), m.toString());
        assertEquals(String.class, m.getParameterTypes()[1], m.toString());
        assertTrue(m.getName().startsWith("from") || m.getName().startsWith("to"), m.toString());
      }
    }
  }

  @Test
  void everyConversionHasItsInverse() {
    for (Class<?> type : CLASSES) {
      for (Method m : publicMethods(type)) {
        String name = m.getName();
        String inverse = name.startsWith("from") ? "to" + name.substring(4) : "from" + name.substring(2);
        Method back =
            Arrays.stream(type.getMethods())
                .filter(o -> o.getName().equals(inverse) && o.getParameterTypes()[0].equals(m.getReturnType()))
                .findFirst()
                .orElse(null);
        assertTrue(back != null, "no inverse " + inverse + " for " + m);
        assertEquals(m.getParameterTypes()[0], back.getReturnType(), m.toString());
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> nullValuesThrowNullPointerExceptionNamingTheField() {
    return CLASSES.stream()
        .flatMap(type -> publicMethods(type).stream())
        .filter(m -> !m.getParameterTypes()[0].isPrimitive())
        .map(
            m ->
                DynamicTest.dynamicTest(
                    m.getDeclaringClass().getSimpleName() + "." + m.getName(),
                    () -> {
                      InvocationTargetException thrown =
                          org.junit.jupiter.api.Assertions.assertThrows(
                              InvocationTargetException.class, () -> m.invoke(null, null, "the_field"));
                      Throwable cause = thrown.getCause();
                      assertEquals(NullPointerException.class, cause.getClass(), m.toString());
                      assertTrue(cause.getMessage().contains("field the_field"), cause.getMessage());
                    }));
  }
}
