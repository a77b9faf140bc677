import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildStrategy, renderStrategy } from '../../../src/core/init/build-strategy.js';
import { preset } from '../../../src/core/init/presets/index.js';
import { schemaReference } from '../../../src/core/init/schema-ref.js';

const base = preset('local-service', '2026-05-10');

describe('buildStrategy', () => {
  test('keeps the key order of SPEC §1 and leaves empty parts out', () => {
    const strategy = buildStrategy({
      ...base,
      brand: { voice: [] },
      budget: undefined,
      personas: [{ ...base.personas[0]!, age: undefined, motivations: [], description: undefined }],
    });
    expect(Object.keys(strategy)).toEqual(['mcm', 'name', 'approach', 'goal', 'usp', 'personas', 'channels', 'funnel']);
    expect(Object.keys(strategy.personas[0])).toEqual(['id', 'name', 'segment', 'pain_points', 'preferred_channels']);
    expect(Object.keys(strategy.channels[0])).toEqual(['id', 'type', 'name', 'personas', 'owner', 'budget', 'content', 'kpis']);
    expect(Object.keys(strategy.goal)).toEqual(['statement', 'metric', 'target', 'baseline', 'deadline']);
  });

  test('names the CRM under stack, after budget', () => {
    expect(Object.keys(buildStrategy({ ...base, crm: 'HubSpot' }))).toEqual(['mcm', 'name', 'approach', 'goal', 'usp', 'brand', 'budget', 'stack', 'personas', 'channels', 'funnel']);
  });
});

describe('renderStrategy', () => {
  const text = renderStrategy(buildStrategy(base), 'node_modules/mcm/schemas/strategy.schema.json');

  test('starts with the modeline, then comments each section', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=node_modules/mcm/schemas/strategy.schema.json');
    expect(lines.filter((l) => /^# /.test(l)).slice(1)).toEqual([
      '# Format version of this file',
      '# The strategy or campaign, as the team calls it',
      '# How the channels work together: multichannel, cross-channel or omnichannel',
      '# The one goal every channel serves, and how it is measured',
      '# Unique selling proposition: why customers pick you over the alternatives',
      '# How the brand sounds everywhere: each channel\'s tone is one of these words',
      '# The money behind the strategy: channel budgets add up to at most the total',
      '# The people the strategy speaks to',
      '# Where the message reaches them: audience, content, KPIs and budget of each channel',
      '# Which channels serve which stage, from first contact to recommendation',
    ]);
  });

  test('writes short lists and KPIs on one line, and quotes what YAML would misread', () => {
    expect(text).toContain('    personas: [busy-commuter, first-car-owner]\n');
    expect(text).toContain('      - {metric: conversion_rate, target: 0.05, baseline: 0.03}\n');
    const tricky = renderStrategy(buildStrategy({ ...base, name: 'yes', usp: '# not a comment: really', goal: { ...base.goal, statement: '- 400 bookings' } }), 'x');
    expect(tricky).toContain('name: "yes"\n');
    expect(tricky).toContain('usp: "# not a comment: really"\n');
    expect(tricky).toContain('statement: "- 400 bookings"\n');
  });
});

describe('schemaReference', () => {
  const local = './strategy.schema.json';
  const project = join('/', 'home', 'ana', 'shop');
  const installed = join(project, 'node_modules', 'mcm-strategy', 'schemas', 'strategy.schema.json');
  const exists = (path: string) => path === installed;

  test('a relative path when mcm is installed in the project that holds the file', () => {
    expect(schemaReference(join(project, 'strategy.yaml'), installed, local, exists)).toBe('node_modules/mcm-strategy/schemas/strategy.schema.json');
    expect(schemaReference(join(project, 'plans', 'q3.yaml'), installed, local, exists)).toBe('../node_modules/mcm-strategy/schemas/strategy.schema.json');
    const pnpm = join(project, 'node_modules', '.pnpm', 'mcm-strategy@0.1.0', 'node_modules', 'mcm-strategy', 'schemas', 'strategy.schema.json');
    expect(schemaReference(join(project, 'strategy.yaml'), pnpm, local, exists)).toBe('node_modules/mcm-strategy/schemas/strategy.schema.json');
  });

  test('the schema file next to the strategy for a global install, npx, or a file outside the project: never a URL', () => {
    expect(schemaReference(join('/', 'home', 'ana', 'other', 'strategy.yaml'), installed, local, exists)).toBe(local);
    expect(schemaReference(join(project, 'strategy.yaml'), join('/', 'usr', 'lib', 'node_modules', 'mcm-strategy', 'schemas', 'strategy.schema.json'), local, exists)).toBe(local);
    expect(schemaReference(join(project, 'strategy.yaml'), join('/', 'src', 'mcm', 'schemas', 'strategy.schema.json'), local, exists)).toBe(local);
  });
});
