// Executes statemachines/availability-sweep.asl.json with aws-local-stepfunctions, every Task state posting its
// input to the Availability function's events path over HTTP, as the Lambda Web Adapter would. Prints the
// execution's output (the sweep summary) as JSON on stdout.
// usage: node statemachines/local/run-sweep.mjs <events-url> <sweep-id>
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// Node 20 lacks Promise.withResolvers, which aws-local-stepfunctions 3 uses.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
}

const { StateMachine } = await import('aws-local-stepfunctions');

const [eventsUrl, sweepId] = process.argv.slice(2);
if (!eventsUrl || !sweepId) {
  console.error('usage: node run-sweep.mjs <events-url> <sweep-id>');
  process.exit(2);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const template = await readFile(path.join(here, '..', 'availability-sweep.asl.json'), 'utf8');
// The placeholders CDK fills with Lambda ARNs; here any well-formed ARN, since every task is overridden.
const definition = JSON.parse(template.replace(/\$\{(\w+)FunctionArn\}/g,
  (_, name) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`));

// A non-2xx answer is a failed task (States.TaskFailed), as the Lambda Web Adapter reports it.
async function postTask(input) {
  const response = await fetch(eventsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  if (!response.ok) {
    const error = new Error(`HTTP ${response.status}: ${text}`);
    error.name = `Http${response.status}`;
    throw error;
  }
  return JSON.parse(text);
}

const stateMachine = new StateMachine(definition);
const execution = stateMachine.run({}, {
  context: { Execution: { Name: sweepId } },
  overrides: {
    taskResourceLocalHandlers: { PlanSweep: postTask, CheckBatch: postTask, ApplySweep: postTask },
    // The state machine's jittered retry waits, shortened so CI stays quick; the retries themselves still happen.
    retryIntervalOverrides: { CheckBatch: 10, PlanSweep: 10, ApplySweep: 10 },
  },
});
const result = await execution.result;
process.stdout.write(JSON.stringify(result));
