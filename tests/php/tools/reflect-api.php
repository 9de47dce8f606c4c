<?php

/**
 * Prints a normalised JSON description of the TrustOcean PHP API, for comparing the IDE stub with
 * the compiled extension.
 *
 * Usage:
 *   php -n -d extension=/path/to/libtrustocean.so reflect-api.php extension
 *   php -n reflect-api.php stub path/to/trustocean.stub.php
 *
 * The listing covers every class of the namespace, its flags, parent and interfaces, the
 * properties and methods it declares itself (inherited \Exception members are the engine's), each
 * method's modifiers, parameters (name, type, nullability, optional/variadic/by-reference, default
 * value, attributes) and return type, plus any namespaced function or constant.
 */

declare(strict_types=1);

const API_NAMESPACE = 'TrustOcean\\';

/**
 * @return list<string>
 */
function apiClasses(string $mode, ?string $stubPath): array
{
    if ($mode === 'extension') {
        if (!extension_loaded('trustocean')) {
            fwrite(STDERR, "the trustocean extension is not loaded; pass -d extension=...\n");
            exit(2);
        }
        return (new ReflectionExtension('trustocean'))->getClassNames();
    }
    if (extension_loaded('trustocean')) {
        fwrite(STDERR, "the stub must be reflected without the extension (use php -n)\n");
        exit(2);
    }
    if ($stubPath === null || !is_file($stubPath)) {
        fwrite(STDERR, "stub file not found: " . var_export($stubPath, true) . "\n");
        exit(2);
    }
    $before = get_declared_classes();
    require $stubPath;
    return array_values(array_diff(get_declared_classes(), $before));
}

function typeName(?ReflectionType $type): ?string
{
    return $type === null ? null : (string) $type;
}

/**
 * @return list<string>
 */
function attributeNames(ReflectionParameter $parameter): array
{
    $names = array_map(
        static fn (ReflectionAttribute $attribute): string => ltrim($attribute->getName(), '\\'),
        $parameter->getAttributes()
    );
    sort($names);
    return $names;
}

/**
 * @return array<string, mixed>
 */
function describeParameter(ReflectionParameter $parameter): array
{
    $default = null;
    if ($parameter->isDefaultValueAvailable()) {
        $default = var_export($parameter->getDefaultValue(), true);
    }
    return [
        'name' => $parameter->getName(),
        'type' => typeName($parameter->getType()),
        'allowsNull' => $parameter->allowsNull(),
        'optional' => $parameter->isOptional(),
        'variadic' => $parameter->isVariadic(),
        'byReference' => $parameter->isPassedByReference(),
        'default' => $default,
        'attributes' => attributeNames($parameter),
    ];
}

/**
 * @return array<string, mixed>
 */
function describeMethod(ReflectionMethod $method): array
{
    return [
        'modifiers' => Reflection::getModifierNames($method->getModifiers()),
        'parameters' => array_map('describeParameter', $method->getParameters()),
        'requiredParameters' => $method->getNumberOfRequiredParameters(),
        'returnType' => typeName($method->getReturnType()),
        'tentativeReturnType' => typeName($method->getTentativeReturnType()),
        'returnsReference' => $method->returnsReference(),
    ];
}

/**
 * @return array<string, mixed>
 */
function describeClass(ReflectionClass $class): array
{
    $methods = [];
    foreach ($class->getMethods() as $method) {
        if ($method->getDeclaringClass()->getName() === $class->getName()) {
            $methods[$method->getName()] = describeMethod($method);
        }
    }
    ksort($methods);

    $properties = [];
    foreach ($class->getProperties() as $property) {
        if ($property->getDeclaringClass()->getName() !== $class->getName()) {
            continue;
        }
        $properties[$property->getName()] = [
            'modifiers' => Reflection::getModifierNames($property->getModifiers()),
            'type' => typeName($property->getType()),
            'default' => $property->hasDefaultValue() ? var_export($property->getDefaultValue(), true) : null,
        ];
    }
    ksort($properties);

    $interfaces = $class->getInterfaceNames();
    sort($interfaces);
    $constants = $class->getConstants();
    ksort($constants);
    $parent = $class->getParentClass();

    return [
        'final' => $class->isFinal(),
        'abstract' => $class->isAbstract(),
        'interface' => $class->isInterface(),
        'instantiable' => $class->isInstantiable(),
        'cloneable' => $class->isCloneable(),
        'parent' => $parent === false ? null : $parent->getName(),
        'interfaces' => $interfaces,
        'constants' => array_map(static fn ($value): string => var_export($value, true), $constants),
        'properties' => $properties,
        'methods' => $methods,
    ];
}

$mode = $argv[1] ?? '';
if ($mode !== 'extension' && $mode !== 'stub') {
    fwrite(STDERR, "usage: reflect-api.php extension | stub <path>\n");
    exit(2);
}
$classes = array_filter(
    apiClasses($mode, $argv[2] ?? null),
    static fn (string $name): bool => str_starts_with($name, API_NAMESPACE)
);
sort($classes);

$listing = ['classes' => [], 'functions' => [], 'constants' => []];
foreach ($classes as $name) {
    $listing['classes'][$name] = describeClass(new ReflectionClass($name));
}
foreach (get_defined_functions()['internal'] + get_defined_functions()['user'] as $function) {
    if (str_starts_with($function, strtolower(API_NAMESPACE))) {
        $listing['functions'][] = $function;
    }
}
sort($listing['functions']);
foreach (array_keys(get_defined_constants()) as $constant) {
    if (str_starts_with($constant, API_NAMESPACE)) {
        $listing['constants'][] = $constant;
    }
}
sort($listing['constants']);

echo json_encode($listing, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR), "\n";
