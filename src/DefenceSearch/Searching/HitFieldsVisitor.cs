using DefenceSearch.Indexing;
using Lucene.Net.Index;

namespace DefenceSearch.Searching;

/// <summary>
/// Reads the stored fields a result shows straight into strings and lists: no Document, no Field per value
/// (building those, and growing their list, was a tenth of reading a hit).
/// </summary>
internal sealed class HitFieldsVisitor(bool body) : StoredFieldVisitor
{
    public string? Id, Title, LeadHeadline, Date, Year, Url, Source, Body, DatePrecision, DateEvidence, DateSpan, LeadDay;
    public long? Added;
    public readonly List<string> Countries = new(8), Ministers = new(4), Areas = new(8);

    public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
    {
        Schema.Id or Schema.Title or Schema.LeadHeadline or Schema.Date or Schema.DatePrecision or Schema.DateEvidence or Schema.DateSpan or Schema.LeadDay or Schema.Added or Schema.Year or Schema.Url or Schema.Source or Schema.Country or Schema.Minister or Schema.Area => Status.YES,
        Schema.Body when body => Status.YES,
        _ => Status.NO,
    };

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case Schema.Id: Id = value; break;
            case Schema.Title: Title = value; break;
            case Schema.LeadHeadline: LeadHeadline = value; break;
            case Schema.Date: Date = value; break;
            case Schema.DatePrecision: DatePrecision = value; break;
            case Schema.DateEvidence: DateEvidence = value; break;
            case Schema.DateSpan: DateSpan = value; break;
            case Schema.LeadDay: LeadDay = value; break;
            case Schema.Year: Year = value; break;
            case Schema.Url: Url = value; break;
            case Schema.Source: Source = value; break;
            case Schema.Body: Body = value; break;
            case Schema.Country: Countries.Add(value); break;
            case Schema.Minister: Ministers.Add(value); break;
            case Schema.Area: Areas.Add(value); break;
        }
    }

    public override void Int64Field(FieldInfo fieldInfo, long value)
    {
        if (fieldInfo.Name == Schema.Added) Added = value;
    }
}
