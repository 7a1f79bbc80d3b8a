package io.gojichain.boot.web;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Builds the project's request records through a constructor handle spread once, instead of Jackson 3's {@code
 * MethodHandle.invokeWithArguments}, which makes a new spreader (and its {@code MethodType}s) for every object it
 * creates: in the batch path's profile that was the largest allocation of JSON binding. Everything else about
 * binding (which properties, their deserializers, errors) stays Jackson's; a creator that throws is called again
 * through Jackson so that its failure is reported the usual way.
 */
final class RecordCreators implements ValueInstantiators {

    private static final String OWN_PACKAGES = "io.gojichain.";

    static SimpleModule module() {
        return new SimpleModule("goji-record-creators") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addValueInstantiators(new RecordCreators());
            }
        };
    }

    @Override
    public @Nullable ValueInstantiator findValueInstantiator(
            DeserializationConfig config, BeanDescription.Supplier bean) {
        return null;
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(
            DeserializationConfig config, BeanDescription.Supplier bean, ValueInstantiator instantiator) {
        Class<?> type = instantiator.getValueClass();
        if (type == null
                || !type.isRecord()
                || !type.getName().startsWith(OWN_PACKAGES)
                || !instantiator.canCreateFromObjectWith()
                || !(instantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator)) {
            return instantiator;
        }
        MethodHandle spread = spread(creator.getAnnotated());
        return spread != null ? new Spread(instantiator, spread) : instantiator;
    }

    private static @Nullable MethodHandle spread(Constructor<?> constructor) {
        try {
            constructor.setAccessible(true);
            return MethodHandles.lookup()
                    .unreflectConstructor(constructor)
                    .asSpreader(Object[].class, constructor.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException | RuntimeException ex) {
            return null; // Jackson's own way still works
        }
    }

    /** Jackson's instantiator with the one call replaced. */
    private static final class Spread extends ValueInstantiator.Delegating {

        private static final long serialVersionUID = 1L;

        private final transient MethodHandle spread;

        Spread(ValueInstantiator delegate, MethodHandle spread) {
            super(delegate);
            this.spread = spread;
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext context, BeanDescription.Supplier bean) {
            ValueInstantiator contextual = delegate().createContextual(context, bean);
            return contextual == delegate() ? this : new Spread(contextual, this.spread);
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] args) {
            try {
                return (Object) this.spread.invokeExact(args);
            } catch (Throwable ex) {
                return delegate().createFromObjectWith(context, args);
            }
        }
    }
}
