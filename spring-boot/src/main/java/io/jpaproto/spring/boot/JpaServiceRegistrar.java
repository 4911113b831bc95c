package io.jpaproto.spring.boot;

import io.jpaproto.grpc.JpaCrudService;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.util.Map;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Declares a bean for every generated service the {@link JpaServiceIndex} lists, unless the application declares a
 * bean of that class (a subclass of it, or an instance it made itself), which then replaces the default, or its
 * {@code jpaproto.grpc.services.<entity>.enabled} property is {@code false}. It runs after the application's and
 * the auto-configurations' bean definitions are known, and instantiates nothing: the services are made, with
 * Spring's {@code EntityManagerFactory}, when the context starts.
 */
public final class JpaServiceRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware,
    BeanClassLoaderAware, Ordered {
  private Environment environment;
  private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    JpaProtoGrpcProperties properties = Binder.get(environment)
        .bindOrCreate(JpaProtoGrpcProperties.PREFIX, JpaProtoGrpcProperties.class);
    if (!properties.isEnabled()) {
      return;
    }
    for (Map.Entry<String, URL> listed : JpaServiceIndex.read(classLoader).entrySet()) {
      Class<?> service = load(listed.getKey(), listed.getValue());
      if (!properties.service(entityOf(service)).isEnabled() || declared(registry, service)) {
        continue;
      }
      RootBeanDefinition definition = new RootBeanDefinition(service);
      definition.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
      definition.setDescription("the generated " + service.getSimpleName() + ", served by jpaproto's Spring Boot "
          + "auto-configuration (declare a bean of this class or a subclass to replace it)");
      registry.registerBeanDefinition(beanName(registry, service), definition);
    }
  }

  /** Whether the application already declares a bean of this service class (or of a subclass). */
  private static boolean declared(BeanDefinitionRegistry registry, Class<?> service) {
    if (registry instanceof ListableBeanFactory beans) {
      return beans.getBeanNamesForType(service, true, false).length > 0;
    }
    return false;
  }

  private static String beanName(BeanDefinitionRegistry registry, Class<?> service) {
    String name = java.beans.Introspector.decapitalize(service.getSimpleName());
    return registry.containsBeanDefinition(name) ? service.getName() : name;
  }

  private Class<?> load(String name, URL index) {
    Class<?> service;
    try {
      service = ClassUtils.forName(name, classLoader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("The jpaproto service index " + index + " lists " + name
          + ", which cannot be loaded (" + e + "); rebuild the module that generated it (mvn clean install)", e);
    }
    if (!JpaCrudService.class.isAssignableFrom(service)) {
      throw new IllegalStateException("The jpaproto service index " + index + " lists " + name
          + ", which does not extend " + JpaCrudService.class.getName() + "; rebuild the module that generated it");
    }
    return service;
  }

  /** The entity a generated service serves: the first type argument of its {@link JpaCrudService} superclass. */
  static Class<?> entityOf(Class<?> service) {
    for (Class<?> type = service; type != null; type = type.getSuperclass()) {
      Type superclass = type.getGenericSuperclass();
      if (superclass instanceof ParameterizedType parameterized
          && parameterized.getRawType() == JpaCrudService.class
          && parameterized.getActualTypeArguments()[0] instanceof Class<?> entity) {
        return entity;
      }
    }
    throw new IllegalStateException(service.getName() + " does not name its entity in its "
        + JpaCrudService.class.getSimpleName() + " superclass");
  }
}
