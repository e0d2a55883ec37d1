namespace Xieshang.Platform.Results;

/// <summary>Expected failures of a handler, in Chinese; mapped once to ProblemDetails and once to form messages.</summary>
public abstract record Error(string Message, int Status)
{
    /// <summary>The ProblemDetails answer: the Chinese message as its title, the matching status code.</summary>
    public Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult ToProblem() => TypedResults.Problem(title: Message, statusCode: Status);
}

public sealed record NotFound(string Message = "未找到该记录，或您无权查看。") : Error(Message, StatusCodes.Status404NotFound);
public sealed record Invalid(string Message) : Error(Message, StatusCodes.Status400BadRequest);
public sealed record Conflict(string Message = "数据已被他人修改，请刷新后重试。") : Error(Message, StatusCodes.Status409Conflict);
public sealed record Forbidden(string Message = "您没有执行此操作的权限。") : Error(Message, StatusCodes.Status403Forbidden);
public sealed record Unauthorized(string Message) : Error(Message, StatusCodes.Status401Unauthorized);
public sealed record TooMany(string Message) : Error(Message, StatusCodes.Status429TooManyRequests);

/// <summary>A handler's answer: a value or an <see cref="Error"/>.</summary>
public readonly record struct Result<T>
{
    public T? Value { get; }
    public Error? Error { get; }
    public bool Ok => Error is null;

    Result(T? value, Error? error) { Value = value; Error = error; }

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Error error) => new(default, error);
}
