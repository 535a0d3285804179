package com.skincare.shop.query;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds the list endpoints' {@link ParameterObject} records whose components are all text, as sent, straight from
 * the query string: each component takes the parameter of its name (or its {@link BindParam} name). The records
 * check their values themselves, naming the parameter, so Spring's general data binder has nothing to add, and it
 * took a quarter of the time of a cached list read.
 */
@Configuration(proxyBeanMethods = false)
public class TextParameters implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private record Shape(Constructor<?> constructor, String[] names) {
    }

    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return parameter.hasParameterAnnotation(ParameterObject.class) && type.isRecord()
                && Arrays.stream(type.getRecordComponents()).allMatch(c -> c.getType() == String.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Shape shape = shapes.computeIfAbsent(parameter.getParameterType(), TextParameters::shapeOf);
        Object[] values = new Object[shape.names().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = request.getParameter(shape.names()[i]);
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot make " + parameter.getParameterType().getName(), e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Shape shapeOf(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> constructor = canonical(type, components);
        String[] names = new String[components.length];
        for (int i = 0; i < components.length; i++) {
            // @BindParam on a record component lands on the canonical constructor's parameter.
            BindParam renamed = constructor.getParameters()[i].getAnnotation(BindParam.class);
            names[i] = renamed != null ? renamed.value() : components[i].getName();
        }
        constructor.setAccessible(true);
        return new Shape(constructor, names);
    }

    private static Constructor<?> canonical(Class<?> type, RecordComponent[] components) {
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record always has its canonical constructor", e);
        }
    }
}
