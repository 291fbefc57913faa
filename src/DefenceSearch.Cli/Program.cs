using System.CommandLine;
using DefenceSearch.Cli;

var root = new RootCommand("DefenceSearch: index and search Vietnamese news about defence cooperation.");
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (InvalidDataException e)
{
    // Reference data (Data/*.json) missing or broken: say which file, not a stack trace.
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
