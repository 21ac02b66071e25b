// Strapi's log on stdout, in the shape of src/log/line.ts: colours only on a terminal (a log file
// or a container's log holds plain text), times in ISO 8601 UTC. Strapi's default (coloured, local
// times formatted by fecha) cost 5 % of the time of a cached API answer.
import { formats } from '@strapi/logger';
import { logTime } from '../src/log/line';

export default {
  format: formats.prettyPrint({ colors: Boolean(process.stdout.isTTY), timestamps: logTime }),
};
