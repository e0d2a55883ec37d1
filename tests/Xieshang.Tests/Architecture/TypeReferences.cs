using System.Reflection;
using System.Reflection.Emit;

namespace Xieshang.Tests.Architecture;

/// <summary>
/// Which types a compiled type uses: its signatures, attributes and every type, method and field its IL names. Read
/// from the built assembly, so Razor pages (compiled to classes), lambdas and async methods count like any code.
/// </summary>
public static class TypeReferences
{
    const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static |
                             BindingFlags.DeclaredOnly;

    static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The source-level type a type belongs to: compiler-made nested types (lambdas, state machines) to their host.</summary>
    public static Type Owner(Type type)
    {
        while (type.DeclaringType != null) type = type.DeclaringType;
        return type;
    }

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t == null) return;
            if (t.HasElementType) { Add(t.GetElementType()); return; }
            if (t.IsGenericParameter) return;
            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                foreach (var a in t.GetGenericArguments()) Add(a);
                t = t.GetGenericTypeDefinition();
            }
            found.Add(t);
        }
        void AddMember(MemberInfo? m)
        {
            switch (m)
            {
                case null: return;
                case Type t: Add(t); return;
                case MethodBase mb:
                    Add(mb.DeclaringType);
                    if (mb is MethodInfo mi)
                    {
                        Add(mi.ReturnType);
                        if (mi.IsGenericMethod) foreach (var a in mi.GetGenericArguments()) Add(a);
                    }
                    foreach (var p in mb.GetParameters()) Add(p.ParameterType);
                    return;
                case FieldInfo f: Add(f.DeclaringType); Add(f.FieldType); return;
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var a in type.CustomAttributes) Add(a.AttributeType);
        foreach (var f in type.GetFields(All)) Add(f.FieldType);
        foreach (var p in type.GetProperties(All)) { Add(p.PropertyType); foreach (var a in p.CustomAttributes) Add(a.AttributeType); }
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            AddMember(method);
            foreach (var token in Tokens(method))
            {
                try
                {
                    AddMember(type.Module.ResolveMember(token,
                        type.IsGenericType ? type.GetGenericArguments() : null,
                        method.IsGenericMethod ? method.GetGenericArguments() : null));
                }
                catch (ArgumentException) { } // a signature token (calli), not a member
            }
        }
        return found;
    }

    /// <summary>The metadata tokens of a method's IL operands that name a type, method or field.</summary>
    static IEnumerable<int> Tokens(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il == null) yield break;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE) value = (short)(0xFE00 | il[i++]);
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, i);
                    i += 4;
                    break;
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar: i += 1; break;
                case OperandType.InlineVar: i += 2; break;
                case OperandType.InlineI8 or OperandType.InlineR: i += 8; break;
                case OperandType.InlineSwitch: i += 4 + 4 * BitConverter.ToInt32(il, i); break;
                default: i += 4; break; // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
            }
        }
    }
}
