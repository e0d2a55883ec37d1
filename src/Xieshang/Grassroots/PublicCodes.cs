using System.Security.Cryptography;

namespace Xieshang.Grassroots;

/// <summary>
/// Codes printed on posters and read out over the phone: no 0/O, 1/I/L look-alikes; random, so that nobody can walk
/// the rooms or other people's issues by counting.
/// </summary>
public static class PublicCodes
{
    const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }

    /// <summary>A code as typed: upper case, no spaces or dashes; null when it cannot be one of ours.</summary>
    public static string? Normalize(string? code, int length)
    {
        if (code == null) return null;
        var c = code.Trim().Replace(" ", "").Replace("-", "").ToUpperInvariant();
        return c.Length == length && c.All(Alphabet.Contains) ? c : null;
    }
}

/// <summary>What a public page may show of personal data: phone and ID numbers in any text, and names, masked.</summary>
public static class Masking
{
    static readonly System.Text.RegularExpressions.Regex Phone = new(@"(?<!\d)(1\d{2})\d{4}(\d{4})(?!\d)");
    static readonly System.Text.RegularExpressions.Regex IdNumber = new(@"(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)");

    public static string Text(string text) => Phone.Replace(IdNumber.Replace(text, "$1********$2"), "$1****$2");

    public static string Name(string? name) => string.IsNullOrWhiteSpace(name) ? "群众" : name.Trim()[0] + new string('*', Math.Max(1, name.Trim().Length - 1));
}
