export function envFileValue(file: string, name: string): string;
