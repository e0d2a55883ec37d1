using Microsoft.AspNetCore.Http.HttpResults;

namespace Xieshang.Platform.Results;

/// <summary>The one mapping from a handler's <see cref="Result{T}"/> to an HTTP answer.</summary>
public static class ResultHttp
{
    public static Results<NoContent, ProblemHttpResult> NoContentOrProblem<T>(this Result<T> r) =>
        r.Ok ? TypedResults.NoContent() : r.Error!.ToProblem();

    public static Results<Ok<T>, ProblemHttpResult> OkOrProblem<T>(this Result<T> r) =>
        r.Ok ? TypedResults.Ok(r.Value!) : r.Error!.ToProblem();

    public static Results<Created<IdResponse>, ProblemHttpResult> CreatedOrProblem(this Result<Guid> r, string location) =>
        r.Ok ? TypedResults.Created(location.Replace("{id}", r.Value.ToString()), new IdResponse(r.Value)) : r.Error!.ToProblem();
}

/// <summary>The id of a record just created.</summary>
public sealed record IdResponse(Guid Id);
