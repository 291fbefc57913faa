using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DefenceSearch.Analysis;

/// <summary>The one token of an untokenised field, exactly as Lucene's own (Field's StringTokenStream), but reusable.</summary>
internal sealed class KeywordTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private string _value = "";
    private bool _used = true;

    public KeywordTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public KeywordTokenStream For(string value)
    {
        _value = value;
        _used = true;
        return this;
    }

    public override bool IncrementToken()
    {
        if (_used) return false;
        ClearAttributes();
        _term.Append(_value);
        _offset.SetOffset(0, _value.Length);
        _used = true;
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_value.Length, _value.Length);
    }

    public override void Reset() => _used = false;
}
