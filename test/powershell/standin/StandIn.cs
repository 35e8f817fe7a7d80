// The .NET half of the ConfigMgr stand-in, compiled once per harness process (Add-Type):
// - IResultObject, the type every ConfigMgr cmdlet takes and returns (the docs name it only
//   "IResultObject"; its real home is the console's ManagementProvider assembly), and the
//   stand-in's implementation of it;
// - the CIM instance and session stand-ins (pwsh on Linux has no CIM: libmi is Windows-only);
// - the host every run executes under: it answers Read-Host from the harness, records what the
//   script writes to the host ("What if:" lines included, which no stream carries), and refuses to
//   prompt for missing mandatory parameters, as `pwsh -NonInteractive` does;
// - Session, the one place the state of the current run lives (the harness seeds and reads it,
//   the stand-in functions change it).
// Enums named by the cmdlet pages are generated from cmdlet-facts.json and compiled with this file.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace Microsoft.ConfigurationManagement.ManagementProvider
{
    public interface IResultObject
    {
        string ObjectClass { get; }
    }
}

namespace CMStandIn
{
    /// <summary>A snapshot of one provider object: its WMI class and the key the stand-in finds it by in the state.</summary>
    public sealed class ResultObject : Microsoft.ConfigurationManagement.ManagementProvider.IResultObject
    {
        public ResultObject(string objectClass, string key) { ObjectClass = objectClass; Key = key; }
        public string ObjectClass { get; private set; }
        public string Key { get; private set; }
        public override string ToString() { return ObjectClass + ":" + Key; }
    }

    public sealed class CimProperty
    {
        public CimProperty(string name, object value) { Name = name; Value = value; }
        public string Name { get; private set; }
        public object Value { get; set; }
        public override string ToString() { return Name + " = " + Convert.ToString(Value, CultureInfo.InvariantCulture); }
    }

    /// <summary>Like CimInstance.CimInstanceProperties: an indexer that gives null for a property the instance does not have.</summary>
    public sealed class CimPropertyCollection : IEnumerable<CimProperty>
    {
        private readonly List<CimProperty> items = new List<CimProperty>();
        public void Add(CimProperty property) { items.Add(property); }
        public CimProperty this[string name]
        {
            get { return items.Find(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)); }
        }
        public int Count { get { return items.Count; } }
        public IEnumerator<CimProperty> GetEnumerator() { return items.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return items.GetEnumerator(); }
    }

    public sealed class CimInstance
    {
        public CimInstance(string className, string cimNamespace, string key)
        {
            CimClassName = className;
            Namespace = cimNamespace;
            Key = key;
            CimInstanceProperties = new CimPropertyCollection();
        }
        public string CimClassName { get; private set; }
        public string Namespace { get; private set; }
        /// <summary>What the stand-in finds the instance by in its state (not a CIM property).</summary>
        public string Key { get; private set; }
        public CimPropertyCollection CimInstanceProperties { get; private set; }
        public override string ToString() { return CimClassName + ":" + Key; }
    }

    public sealed class CimSessionOption
    {
        public CimSessionOption(string protocol) { Protocol = protocol; }
        public string Protocol { get; private set; }
    }

    public sealed class CimSession
    {
        public CimSession(string computerName, string protocol, uint id) { ComputerName = computerName; Protocol = protocol; Id = id; }
        public string ComputerName { get; private set; }
        public string Protocol { get; private set; }
        public uint Id { get; private set; }
        public override string ToString() { return ComputerName; }
    }

    /// <summary>The current run: set by the harness before the script starts, read back after it ends.</summary>
    public static class Session
    {
        public static IDictionary Current;
    }

    /// <summary>What the script wrote to the host, line by line, in order, with the stream it came through.</summary>
    public sealed class HostLine
    {
        public HostLine(string stream, string text) { Stream = stream; Text = text; }
        public string Stream { get; private set; }
        public string Text { get; private set; }
    }

    public sealed class RawUI : PSHostRawUserInterface
    {
        // A fixed, wide buffer: formatting (Format-Table, Out-String) is deterministic.
        private Size buffer = new Size(160, 9999);
        public override ConsoleColor BackgroundColor { get; set; }
        public override Size BufferSize { get { return buffer; } set { buffer = value; } }
        public override Coordinates CursorPosition { get; set; }
        public override int CursorSize { get; set; }
        public override ConsoleColor ForegroundColor { get; set; }
        public override bool KeyAvailable { get { return false; } }
        public override Size MaxPhysicalWindowSize { get { return buffer; } }
        public override Size MaxWindowSize { get { return buffer; } }
        public override Coordinates WindowPosition { get; set; }
        public override Size WindowSize { get { return new Size(160, 50); } set { } }
        public override string WindowTitle { get; set; }
        public override void FlushInputBuffer() { }
        public override BufferCell[,] GetBufferContents(Rectangle rectangle) { throw new NotSupportedException("The stand-in host has no screen buffer."); }
        public override KeyInfo ReadKey(ReadKeyOptions options) { throw new PSInvalidOperationException("The stand-in host reads no keys: the run is non-interactive."); }
        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) { }
        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) { }
        public override void SetBufferContents(Rectangle rectangle, BufferCell fill) { }
    }

    public sealed class HostUI : PSHostUserInterface
    {
        private readonly RawUI rawUI = new RawUI();
        private string pending = string.Empty;
        public readonly List<HostLine> Lines = new List<HostLine>();
        public readonly Queue<string> Answers = new Queue<string>();
        public readonly List<string> Prompts = new List<string>();

        public override PSHostRawUserInterface RawUI { get { return rawUI; } }

        public void Flush()
        {
            if (pending.Length > 0) { Lines.Add(new HostLine("host", pending)); pending = string.Empty; }
        }

        private void Line(string stream, string text)
        {
            if (stream == "host") { Lines.Add(new HostLine(stream, pending + text)); pending = string.Empty; }
            else { Flush(); Lines.Add(new HostLine(stream, text)); }
        }

        public override void Write(string value) { Append(value); }
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { Append(value); }
        private void Append(string value)
        {
            // Write-Host -NoNewline and prompts arrive in pieces; a newline inside ends a line.
            var parts = (pending + value).Split('\n');
            for (int i = 0; i < parts.Length - 1; i++) Lines.Add(new HostLine("host", parts[i].TrimEnd('\r')));
            pending = parts[parts.Length - 1];
        }
        public override void WriteLine(string value) { Line("host", value); }
        public override void WriteErrorLine(string value) { Line("error", value); }
        public override void WriteDebugLine(string message) { Line("debug", message); }
        public override void WriteVerboseLine(string message) { Line("verbose", message); }
        public override void WriteWarningLine(string message) { Line("warning", message); }
        public override void WriteProgress(long sourceId, ProgressRecord record) { }

        private string Next(string prompt)
        {
            Prompts.Add(prompt);
            if (Answers.Count == 0)
                throw new PSInvalidOperationException("The stand-in host has no answer left for the prompt \"" + prompt + "\": give one in the run's readHost list.");
            return Answers.Dequeue();
        }

        private static SecureString Secure(string text)
        {
            var secure = new SecureString();
            foreach (var c in text) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }

        public override string ReadLine() { var prompt = pending; pending = string.Empty; return Next(prompt); }
        public override SecureString ReadLineAsSecureString() { var prompt = pending; pending = string.Empty; return Secure(Next(prompt)); }

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions)
        {
            // Read-Host -Prompt calls Prompt with an empty caption and message. The parameter binder
            // calls it with a caption ("cmdlet X at command pipeline position 1") to ask for missing
            // mandatory parameters: refuse that one, so the binding fails as under -NonInteractive.
            if (!string.IsNullOrEmpty(caption) || !string.IsNullOrEmpty(message))
                throw new PSInvalidOperationException("The stand-in host does not prompt for missing parameters (non-interactive): " + message);
            var result = new Dictionary<string, PSObject>();
            foreach (var field in descriptions)
            {
                var answer = Next(field.Name);
                var secure = field.ParameterTypeFullName == typeof(SecureString).FullName;
                result[field.Name] = secure ? new PSObject(Secure(answer)) : new PSObject(answer);
            }
            return result;
        }

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            throw new PSInvalidOperationException("The stand-in host offers no choices (non-interactive): " + caption + " " + message);
        }

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName)
        {
            var user = Next(message + " (user name)");
            return new PSCredential(string.IsNullOrEmpty(userName) ? user : userName, Secure(Next(message + " (password)")));
        }

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options)
        {
            return PromptForCredential(caption, message, userName, targetName);
        }
    }

    public sealed class Host : PSHost
    {
        private readonly Guid id = Guid.NewGuid();
        public readonly HostUI Recorder = new HostUI();
        public int? ExitCode;
        public override CultureInfo CurrentCulture { get { return CultureInfo.InvariantCulture; } }
        public override CultureInfo CurrentUICulture { get { return CultureInfo.InvariantCulture; } }
        public override Guid InstanceId { get { return id; } }
        public override string Name { get { return "CMStandInHost"; } }
        public override PSHostUserInterface UI { get { return Recorder; } }
        public override Version Version { get { return new Version(1, 0); } }
        public override void EnterNestedPrompt() { throw new NotSupportedException("No nested prompt in the stand-in host."); }
        public override void ExitNestedPrompt() { throw new NotSupportedException("No nested prompt in the stand-in host."); }
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }
        public override void SetShouldExit(int exitCode) { ExitCode = exitCode; }
    }
}
