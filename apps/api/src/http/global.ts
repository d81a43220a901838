/**
 * Marks a plugin as not encapsulated, as `fastify-plugin` does (without the dependency): what it registers
 * (swagger's route hook, the not-found handler) applies to the whole app, not to a child context.
 */
export function global<T extends object>(plugin: T, name: string): T {
  return Object.assign(plugin, {
    [Symbol.for('skip-override')]: true,
    [Symbol.for('fastify.display-name')]: name,
  });
}
