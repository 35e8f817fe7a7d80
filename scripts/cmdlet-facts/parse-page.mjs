// Parses one cmdlet page of MicrosoftDocs/sccm-docs-powershell-ref (platyPS Markdown) into the
// facts the ConfigMgr stand-in is built from: parameter sets with each parameter's mandatory flag
// and position (the SYNTAX blocks), and each parameter's type, aliases, accepted values and
// pipeline input (the PARAMETERS section). Pure: text in, data out.
//
// Where the two sections disagree, the SYNTAX block wins and the disagreement is recorded: the
// SYNTAX block is what platyPS wrote from the cmdlet's own metadata, while the PARAMETERS
// section is where people edit by hand (New-CMCloudManagementGateway's -TenantId, for one, is
// described there but belongs to no parameter set).

/** The set name PowerShell gives the parameters of a cmdlet that declares no set. */
export const ALL_SETS = '__AllParameterSets';

/** Parameters the SYNTAX block shows but PowerShell adds itself (SupportsShouldProcess). */
const SHOULD_PROCESS = ['WhatIf', 'Confirm'];

function section(markdown, heading) {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) return undefined;
  let end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  if (end < 0) end = lines.length;
  return lines.slice(start + 1, end).join('\n');
}

// One token of a syntax line, most specific form first:
//   [[-Name] <Type>]  optional, positional        [-Name] <Type>  mandatory, positional
//   [-Name <Type>]    optional                    -Name <Type>    mandatory
//   [-Name]           optional switch             -Name           mandatory switch
//   [<CommonParameters>]
const TOKEN = /\[\[-([A-Za-z0-9_]+)\]\s+<([^>]+)>\]|\[-([A-Za-z0-9_]+)\]\s+<([^>]+)>|\[-([A-Za-z0-9_]+)\s+<([^>]+)>\]|\[-([A-Za-z0-9_]+)\]|-([A-Za-z0-9_]+)\s+<([^>]+)>|\[<CommonParameters>\]|-([A-Za-z0-9_]+)|(\S+)/g;

function parseSyntaxBlock(cmdlet, text) {
  const body = text.replace(/\s+/g, ' ').trim();
  if (!body.startsWith(cmdlet)) throw new Error(`${cmdlet}: a SYNTAX block does not start with the cmdlet name: ${body.slice(0, 60)}`);
  const parameters = [];
  let commonParameters = false;
  let shouldProcess = [];
  for (const match of body.slice(cmdlet.length).matchAll(TOKEN)) {
    const [token, optPosName, optPosType, posName, posType, optName, optType, optSwitch, manName, manType, manSwitch, junk] = match;
    if (junk !== undefined) throw new Error(`${cmdlet}: unexpected token in SYNTAX: ${junk}`);
    if (token === '[<CommonParameters>]') {
      commonParameters = true;
      continue;
    }
    const parameter =
      optPosName !== undefined ? { name: optPosName, type: optPosType, mandatory: false, positional: true }
      : posName !== undefined ? { name: posName, type: posType, mandatory: true, positional: true }
      : optName !== undefined ? { name: optName, type: optType, mandatory: false, positional: false }
      : optSwitch !== undefined ? { name: optSwitch, type: 'SwitchParameter', mandatory: false, positional: false }
      : manName !== undefined ? { name: manName, type: manType, mandatory: true, positional: false }
      : { name: manSwitch, type: 'SwitchParameter', mandatory: true, positional: false };
    if (SHOULD_PROCESS.includes(parameter.name)) {
      shouldProcess.push(parameter.name);
      continue;
    }
    parameters.push(parameter);
  }
  return { parameters, commonParameters, shouldProcess: shouldProcess.sort().join(',') === 'Confirm,WhatIf' };
}

/** The SYNTAX section: one block per parameter set, each under `### Name` or `### Name (Default)`, or a single unnamed block. */
export function parseSyntax(cmdlet, markdown) {
  const text = section(markdown, 'SYNTAX');
  if (text === undefined) throw new Error(`${cmdlet}: no SYNTAX section`);
  const sets = [];
  let heading;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const named = /^###\s+(.+?)\s*$/.exec(line);
    if (named) {
      heading = named[1];
      continue;
    }
    if (/^```/.test(line.trim())) {
      const block = [];
      for (index++; index < lines.length && !/^```/.test(lines[index].trim()); index++) block.push(lines[index]);
      const isDefault = heading !== undefined && /\(Default\)$/.test(heading);
      const name = heading === undefined ? ALL_SETS : heading.replace(/\s*\(Default\)$/, '');
      sets.push({ name, isDefault, ...parseSyntaxBlock(cmdlet, block.join(' ')) });
      heading = undefined;
    }
  }
  // A SYNTAX heading with nothing under it (Set-UpdateServerApplication, a page written by hand rather
  // than by platyPS) documents no parameter set: that is a fact to record, not a parse error. Text
  // under the heading that is not a syntax block still is.
  if (sets.length === 0 && text.trim() !== '') throw new Error(`${cmdlet}: no syntax block`);
  return sets;
}

function yamlFields(block) {
  const fields = {};
  for (const line of block.split('\n')) {
    const match = /^([A-Za-z ]+):\s*(.*)$/.exec(line);
    if (match) fields[match[1].trim()] = match[2].trim();
  }
  return fields;
}

function list(value) {
  if (value === undefined || value === '') return [];
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** The PARAMETERS section: `### -Name`, prose, then one YAML block per group of parameter sets. */
export function parseParameters(cmdlet, markdown) {
  const text = section(markdown, 'PARAMETERS');
  if (text === undefined) throw new Error(`${cmdlet}: no PARAMETERS section`);
  const parameters = new Map();
  let current;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading) {
      const name = /^-([A-Za-z0-9_]+)$/.exec(heading[1]);
      current = name ? { name: name[1], blocks: [] } : undefined;
      if (current) parameters.set(current.name, current);
      continue;
    }
    if (current && /^```yaml\s*$/.test(line.trim())) {
      const block = [];
      for (index++; index < lines.length && !/^```/.test(lines[index].trim()); index++) block.push(lines[index]);
      const fields = yamlFields(block.join('\n'));
      current.blocks.push({
        type: fields.Type,
        sets: fields['Parameter Sets'] === undefined ? undefined : list(fields['Parameter Sets']),
        aliases: list(fields.Aliases),
        acceptedValues: fields['Accepted values'] === undefined ? undefined : list(fields['Accepted values']),
        required: fields.Required === undefined ? undefined : fields.Required === 'True',
        position: fields.Position === undefined || fields.Position === 'Named' ? undefined : Number(fields.Position),
        pipeline: fields['Accept pipeline input'],
        wildcards: fields['Accept wildcard characters'] === undefined ? undefined : fields['Accept wildcard characters'] === 'True',
      });
    }
  }
  return parameters;
}

function pipelineOf(text) {
  // "False", "True (ByValue)", "True (ByPropertyName)", "True (ByPropertyName, ByValue)".
  const byValue = /ByValue/.test(text ?? '');
  const byPropertyName = /ByPropertyName/.test(text ?? '');
  return { byValue, byPropertyName };
}

/** The facts of one page: sets and parameters as SYNTAX says, PARAMETERS' details, and where the two disagree. */
export function parsePage(cmdlet, markdown) {
  const syntax = parseSyntax(cmdlet, markdown);
  const described = parseParameters(cmdlet, markdown);
  const disagreements = [];
  const setNames = syntax.map((set) => set.name);
  const defaults = syntax.filter((set) => set.isDefault).map((set) => set.name);
  const parameters = {};
  const parameterSets = {};

  for (const set of syntax) {
    const entries = {};
    const positional = set.parameters.filter((parameter) => parameter.positional);
    for (const parameter of set.parameters) {
      const details = described.get(parameter.name);
      const block = details?.blocks.find((candidate) => candidate.sets === undefined || candidate.sets.includes('(All)') || candidate.sets.includes(set.name));
      let position = null;
      if (parameter.positional) {
        position = block?.position ?? positional.indexOf(parameter);
        if (block && block.position === undefined) disagreements.push({ parameter: parameter.name, set: set.name, field: 'Position', syntax: 'positional', parameters: 'Named' });
      } else if (block?.position !== undefined) {
        disagreements.push({ parameter: parameter.name, set: set.name, field: 'Position', syntax: 'Named', parameters: block.position });
      }
      if (!details) {
        disagreements.push({ parameter: parameter.name, set: set.name, field: 'Parameter', syntax: 'present', parameters: 'not described' });
      } else if (!block) {
        disagreements.push({ parameter: parameter.name, set: set.name, field: 'Parameter Sets', syntax: set.name, parameters: details.blocks.flatMap((candidate) => candidate.sets ?? []).join(', ') });
      } else if (block.required !== undefined && block.required !== parameter.mandatory) {
        disagreements.push({ parameter: parameter.name, set: set.name, field: 'Required', syntax: parameter.mandatory, parameters: block.required });
      }
      if (block?.type !== undefined && block.type !== parameter.type) {
        disagreements.push({ parameter: parameter.name, set: set.name, field: 'Type', syntax: parameter.type, parameters: block.type });
      }
      entries[parameter.name] = { mandatory: parameter.mandatory, position };
      const known = parameters[parameter.name];
      const first = details?.blocks[0];
      const fact = {
        type: parameter.type,
        aliases: first?.aliases ?? [],
        acceptedValues: first?.acceptedValues ?? null,
        pipeline: pipelineOf(block?.pipeline ?? first?.pipeline),
        wildcards: first?.wildcards ?? false,
      };
      if (!known) parameters[parameter.name] = fact;
      else if (known.type !== fact.type) disagreements.push({ parameter: parameter.name, set: set.name, field: 'Type across sets', syntax: `${known.type} / ${fact.type}`, parameters: null });
      // Aliases and accepted values that differ between one parameter's YAML blocks: keep the first, say so.
      for (const other of details?.blocks.slice(1) ?? []) {
        if (other.aliases.join(',') !== fact.aliases.join(',')) disagreements.push({ parameter: parameter.name, set: set.name, field: 'Aliases across blocks', syntax: null, parameters: `${fact.aliases.join(', ')} / ${other.aliases.join(', ')}` });
      }
    }
    parameterSets[set.name] = { isDefault: set.isDefault, parameters: entries };
  }

  for (const [name, details] of described) {
    if (!(name in parameters) && !SHOULD_PROCESS.includes(name)) {
      disagreements.push({ parameter: name, set: null, field: 'Parameter', syntax: 'absent from every set', parameters: `described (${details.blocks.map((block) => block.type).join(', ')})` });
    }
    for (const block of details.blocks) {
      for (const setName of block.sets ?? []) {
        if (setName !== '(All)' && !setNames.includes(setName)) disagreements.push({ parameter: name, set: setName, field: 'Parameter Sets', syntax: 'no such set', parameters: setName });
        else if (setName !== '(All)' && !(name in (parameterSets[setName]?.parameters ?? {}))) disagreements.push({ parameter: name, set: setName, field: 'Parameter Sets', syntax: 'absent from this set', parameters: setName });
      }
    }
  }

  const shouldProcess = syntax.map((set) => set.shouldProcess);
  if (new Set(shouldProcess).size > 1) disagreements.push({ parameter: 'WhatIf/Confirm', set: null, field: 'SupportsShouldProcess', syntax: shouldProcess.join(', '), parameters: null });
  if (syntax.length === 0) disagreements.unshift({ parameter: null, set: null, field: 'SYNTAX', syntax: 'empty', parameters: `${described.size} described` });

  return {
    defaultParameterSet: defaults[0] ?? null,
    supportsShouldProcess: shouldProcess.length > 0 && shouldProcess.every(Boolean),
    parameterSets,
    parameters,
    disagreements,
  };
}

/** The parameter names of a page and their sets, a short signature used to tell when the syntax changed. */
export function signature(facts) {
  return Object.entries(facts.parameterSets)
    .map(([name, set]) => `${name}(${Object.entries(set.parameters).map(([parameter, entry]) => `${entry.mandatory ? '' : '?'}${parameter}:${facts.parameters[parameter].type}`).join(' ')})`)
    .join(' | ');
}

/**
 * What changed between two versions of a page's facts, one line per change, in a stable order:
 * sets added or removed, parameters added to or removed from a set, a parameter becoming
 * mandatory or optional in a set, a type change. Parameter order within a block is not a change.
 */
export function syntaxChanges(before, after) {
  const changes = [];
  const setsBefore = Object.keys(before.parameterSets).sort();
  const setsAfter = Object.keys(after.parameterSets).sort();
  for (const name of setsBefore) if (!setsAfter.includes(name)) changes.push(`set removed: ${name}`);
  for (const name of setsAfter) if (!setsBefore.includes(name)) changes.push(`set added: ${name}`);
  const allBefore = Object.keys(before.parameters).sort();
  const allAfter = Object.keys(after.parameters).sort();
  for (const name of allBefore) if (!allAfter.includes(name)) changes.push(`parameter removed: ${name}`);
  for (const name of allAfter) if (!allBefore.includes(name)) changes.push(`parameter added: ${name} <${after.parameters[name].type}>`);
  for (const name of allAfter) {
    const was = before.parameters[name];
    if (was && was.type !== after.parameters[name].type) changes.push(`type changed: ${name} <${was.type}> to <${after.parameters[name].type}>`);
  }
  for (const set of setsAfter) {
    const old = before.parameterSets[set]?.parameters;
    if (!old) continue;
    const now = after.parameterSets[set].parameters;
    for (const name of Object.keys(now).sort()) {
      if (name in old && old[name].mandatory !== now[name].mandatory) changes.push(`${now[name].mandatory ? 'now mandatory' : 'now optional'}: ${name} in ${set}`);
      if (!(name in old) && name in before.parameters) changes.push(`joined set ${set}: ${name}`);
    }
    for (const name of Object.keys(old).sort()) if (!(name in now) && name in after.parameters) changes.push(`left set ${set}: ${name}`);
  }
  if ((before.defaultParameterSet ?? null) !== (after.defaultParameterSet ?? null)) changes.push(`default set: ${before.defaultParameterSet ?? 'none'} to ${after.defaultParameterSet ?? 'none'}`);
  return changes;
}

/** The parameters a page describes in PARAMETERS but puts in no SYNTAX block, sorted (New-CMCloudManagementGateway's -TenantId). */
export function describedOnly(facts) {
  return facts.disagreements
    .filter((item) => item.field === 'Parameter' && item.syntax === 'absent from every set')
    .map((item) => item.parameter)
    .sort();
}
