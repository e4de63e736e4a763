package uk.hubreturns.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.HandlerName;

/** A function's handler class, checked the way Lambda would load it: a public RequestHandler with a public no-arg constructor. */
public final class HandlerClass {

    private final String functionId;
    private final Constructor<?> constructor;
    private final Type inputType;
    private final Type outputType;

    private HandlerClass(String functionId, Constructor<?> constructor, Type inputType, Type outputType) {
        this.functionId = functionId;
        this.constructor = constructor;
        this.inputType = inputType;
        this.outputType = outputType;
    }

    public static HandlerClass load(FunctionDefinition function) {
        HandlerName name = function.handler();
        String subject = function.logicalId() + "'s Handler " + name;
        if (!name.methodName().equals(HandlerName.DEFAULT_METHOD)) {
            throw new LocalRuntimeException(subject + " names the method " + name.methodName()
                    + ": the local runtime calls RequestHandler.handleRequest; name that instead.");
        }
        Class<?> type = loadClass(name.className(), subject);
        if (!RequestHandler.class.isAssignableFrom(type)) {
            throw new LocalRuntimeException(subject + " does not implement " + RequestHandler.class.getName()
                    + ", which is the only kind of handler the local runtime calls.");
        }
        Type[] eventTypes = requestHandlerTypeArguments(type, subject);
        return new HandlerClass(function.logicalId(), publicNoArgConstructor(type, subject), eventTypes[0], eventTypes[1]);
    }

    public Type inputType() {
        return inputType;
    }

    public Type outputType() {
        return outputType;
    }

    public Class<?> handlerType() {
        return constructor.getDeclaringClass();
    }

    @SuppressWarnings("unchecked")
    RequestHandler<Object, Object> newInstance() {
        try {
            return (RequestHandler<Object, Object>) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The constructor of " + functionId + "'s handler "
                    + constructor.getDeclaringClass().getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not create " + functionId + "'s handler", e);
        }
    }

    private static Class<?> loadClass(String className, String subject) {
        try {
            return Class.forName(className, false, HandlerClass.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new LocalRuntimeException(subject + " is not on the classpath: build it (mvn -q package -DskipTests),"
                    + " and if it lives in a new module, add that module to functions/local/pom.xml.", e);
        }
    }

    private static Constructor<?> publicNoArgConstructor(Class<?> type, String subject) {
        try {
            if (Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers())) {
                return type.getConstructor();
            }
        } catch (NoSuchMethodException e) {
            // same answer as a class that is not public
        }
        throw new LocalRuntimeException(subject + " needs to be a public class with a public no-arg constructor, as Lambda requires.");
    }

    private static Type[] requestHandlerTypeArguments(Class<?> type, String subject) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Type implemented : current.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized && parameterized.getRawType() == RequestHandler.class) {
                    Type[] arguments = parameterized.getActualTypeArguments();
                    if (arguments[0] instanceof Class || arguments[0] instanceof ParameterizedType) {
                        return arguments;
                    }
                }
            }
        }
        throw new LocalRuntimeException(subject + " does not say which event types it takes:"
                + " implement RequestHandler<EventType, ResponseType> with concrete types.");
    }
}
